package org.virtualhall.client.core;

import com.jme3.app.Application;
import com.jme3.input.controls.ActionListener;
import com.jme3.input.controls.KeyTrigger;

/**
 * An app state with one hotkey that acts while no panel has the keyboard (so typing in a text field does
 * not trigger it). Subclasses set up in {@link #setUp} and act in {@link #onHotkey}.
 */
public abstract class HotkeyState extends HallAppState {

    private final String mapping;
    private final int key;
    private final ActionListener listener = (name, pressed, tpf) -> {
        if (pressed && !model().panelOpen()) {
            onHotkey();
        }
    };

    protected HotkeyState(String mapping, int key) {
        this.mapping = mapping;
        this.key = key;
    }

    @Override
    protected final void initialize(Application app) {
        app.getInputManager().addMapping(mapping, new KeyTrigger(key));
        setUp(app);
    }

    protected abstract void setUp(Application app);

    protected abstract void onHotkey();

    @Override
    protected void release() {
        getApplication().getInputManager().deleteMapping(mapping);
    }

    @Override
    protected void onEnable() {
        getApplication().getInputManager().addListener(listener, mapping);
    }

    @Override
    protected void onDisable() {
        getApplication().getInputManager().removeListener(listener);
    }
}
