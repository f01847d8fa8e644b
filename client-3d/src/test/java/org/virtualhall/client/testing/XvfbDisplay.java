package org.virtualhall.client.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A private X server (Xvfb with Mesa's llvmpipe behind GLX) for rendering tests. Xvfb picks a free display
 * number itself ({@code -displayfd}), so tests never collide with another display on the machine.
 */
public final class XvfbDisplay implements AutoCloseable {

    private final Process process;
    private final String display;

    private XvfbDisplay(Process process, String display) {
        this.process = process;
        this.display = display;
    }

    public static XvfbDisplay start(int width, int height) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", width + "x" + height + "x24",
                "-nolisten", "tcp", "+extension", "GLX").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String n = number.get(20, TimeUnit.SECONDS);
            if (n == null || n.isBlank()) {
                throw new IllegalStateException("Xvfb did not start (is the Debian package xvfb installed?)");
            }
            return new XvfbDisplay(p, ":" + n.strip());
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            p.destroyForcibly();
            throw new IllegalStateException("Xvfb did not report its display within 20 s", e);
        }
    }

    public String display() {
        return display;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
