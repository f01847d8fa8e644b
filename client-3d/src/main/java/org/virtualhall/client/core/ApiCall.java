package org.virtualhall.client.core;

import com.jme3.app.Application;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A state's call to the hall's API, one at a time: run off the render thread and answered on it, unless a newer
 * call or {@link #forget()} came after it. Then the answer belongs to nobody (a kiosk's reset ended the visit that
 * asked, or the citizen asked again) and is dropped.
 */
public final class ApiCall {

    private final Supplier<Application> app;
    private CompletableFuture<?> running;

    /** The application is looked up when a call starts: states create their calls before they are attached. */
    public ApiCall(Supplier<Application> app) {
        this.app = app;
    }

    /** No call is under way (or its answer was forgotten). */
    public boolean idle() {
        return running == null;
    }

    /** Forgets the call under way: its answer, when it comes, is dropped. */
    public void forget() {
        running = null;
    }

    /** Starts the call; its answer or its failure reaches one of the two consumers on the render thread. */
    public <T> void start(Supplier<T> call, Consumer<T> answered, Consumer<Throwable> failed) {
        Application application = app.get();
        CompletableFuture<?>[] mine = new CompletableFuture<?>[1];
        mine[0] = CompletableFuture.supplyAsync(call).whenComplete((answer, error) -> application.enqueue(() -> {
            if (running != mine[0]) {
                return;
            }
            running = null;
            if (error != null) {
                failed.accept(error);
            } else {
                answered.accept(answer);
            }
        }));
        running = mine[0];
    }
}
