package org.virtualhall.client.core;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.app.state.BaseAppState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Base of the client's app states: gives access to the shared {@link ClientContext} and unsubscribes
 * bus listeners on cleanup.
 */
public abstract class HallAppState extends BaseAppState {

    /** Implemented by the application that owns the context. */
    public interface ContextHolder {
        ClientContext context();
    }

    private final List<Runnable> subscriptions = new ArrayList<>();

    protected ClientContext context() {
        return ((ContextHolder) getApplication()).context();
    }

    protected ClientModel model() {
        return context().model();
    }

    protected SimpleApplication app() {
        return (SimpleApplication) getApplication();
    }

    protected <T> void on(Class<T> event, Consumer<? super T> listener) {
        subscriptions.add(model().bus().subscribe(event, listener));
    }

    protected void publish(Object event) {
        model().bus().publish(event);
    }

    @Override
    protected final void cleanup(Application app) {
        subscriptions.forEach(Runnable::run);
        subscriptions.clear();
        release();
    }

    /** Frees what {@code initialize} took; bus listeners are already gone. */
    protected void release() {
    }

    @Override
    protected void onEnable() {
    }

    @Override
    protected void onDisable() {
    }
}
