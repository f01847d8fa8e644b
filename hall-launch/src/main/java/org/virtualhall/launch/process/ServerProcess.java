package org.virtualhall.launch.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One part as a real separate process, its output in a log file. It may be waited on until its health URL answers
 * 2xx, killed with -9 and started again with the same command (the log goes on), or stopped: TERM, then KILL after
 * a grace period.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final int TAIL_LINES = 40;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ProcessSpec spec;
    private Process process;

    private ServerProcess(ProcessSpec spec) {
        this.spec = spec;
    }

    /** Starts the process; its log is written afresh. */
    public static ServerProcess start(ProcessSpec spec) {
        ServerProcess started = new ServerProcess(spec);
        started.launch(ProcessBuilder.Redirect.to(spec.log().toFile()));
        return started;
    }

    /** Starts the same command again once the process has ended (after {@link #kill}); the log goes on. */
    public ServerProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(spec.name() + " is still running");
        }
        launch(ProcessBuilder.Redirect.appendTo(spec.log().toFile()));
        return this;
    }

    private void launch(ProcessBuilder.Redirect output) {
        try {
            Files.createDirectories(spec.log().toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(spec.command()).redirectErrorStream(true).redirectOutput(output);
            builder.environment().putAll(spec.environment());
            spec.directory().ifPresent(dir -> builder.directory(dir.toFile()));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.name() + ": " + spec.command(), e);
        }
    }

    /** Waits until the health URL answers 2xx; fails with the log's tail when the process ends or time runs out. */
    public ServerProcess awaitHealthy(Duration timeout) {
        URI health = spec.health().orElseThrow(() -> new IllegalStateException(spec.name() + " has no health URL"));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!answers(health)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.name() + " exited with " + process.exitValue()
                        + " before it was healthy at " + health + "; last lines of " + spec.log() + ":\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(spec.name() + " was not healthy at " + health + " within "
                        + timeout.toSeconds() + " s; last lines of " + spec.log() + ":\n" + tail());
            }
            pause();
        }
        return this;
    }

    /** Waits for the process to end by itself; empty when it still runs after {@code timeout}. */
    public Optional<Integer> awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue())
                    : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** kill -9: no shutdown hook, no flush; returns once the process is gone. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** TERM, then KILL when the process has not ended within the grace period. */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return spec.name();
    }

    public Path log() {
        return spec.log();
    }

    /** The last lines of the log, for failure messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(spec.log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static boolean answers(URI health) {
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() / 100 == 2;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + health, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
