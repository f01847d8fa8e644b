package org.virtualhall.client.core;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The few app states talk through this bus instead of holding each other. Events are delivered on the
 * thread that publishes them; background work publishes through {@code app.enqueue} so listeners run on
 * the render thread.
 */
public final class EventBus {

    private final Map<Class<?>, List<Consumer<Object>>> listeners = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <T> Runnable subscribe(Class<T> type, Consumer<? super T> listener) {
        Consumer<Object> untyped = event -> listener.accept((T) event);
        listeners.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add(untyped);
        return () -> listeners.get(type).remove(untyped);
    }

    public void publish(Object event) {
        listeners.getOrDefault(event.getClass(), List.of()).forEach(l -> l.accept(event));
    }
}
