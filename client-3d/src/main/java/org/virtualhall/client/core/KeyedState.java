package org.virtualhall.client.core;

import com.jme3.app.Application;

/**
 * An app state with keys that act whether a panel is open or not ({@link KeyBindings}); subclasses bind them in
 * {@link #setUp}, they are listened to while the state is enabled and freed with it.
 */
public abstract class KeyedState extends HallAppState {

    private KeyBindings keys;

    @Override
    protected final void initialize(Application app) {
        keys = new KeyBindings(app.getInputManager());
        setUp(app, keys);
    }

    protected abstract void setUp(Application app, KeyBindings keys);

    @Override
    protected void release() {
        keys.release();
    }

    @Override
    protected void onEnable() {
        keys.listen();
    }

    @Override
    protected void onDisable() {
        keys.stop();
    }
}
