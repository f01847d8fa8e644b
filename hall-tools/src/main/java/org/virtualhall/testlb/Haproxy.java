package org.virtualhall.testlb;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.virtualhall.launch.process.FreePorts;

/**
 * A throwaway HAProxy from the Debian package in front of HTTP backends on loopback, as a county puts one in front of
 * its outer instances: round robin, a backend whose health check fails is taken out within a second, and a request
 * whose connection a backend refuses is tried at another — as is a GET, or a request with an Idempotency-Key, that
 * a stopping backend answers with nothing or a 502/503 (sending those again cannot do anything twice). Its config
 * and log are in target/; stopped when the test closes it or the JVM exits. A sticky balancer keeps each browser
 * on the backend that served it first (by a cookie it sets), as a console whose sessions live in one instance needs.
 */
public final class Haproxy implements AutoCloseable {

    private final Process process;
    private final int port;

    private Haproxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The cookie by which a sticky balancer knows a browser's backend. */
    private static final String STICKY_COOKIE = "HALL_INSTANCE";

    /**
     * Starts a balancer on a free port in front of the backends' ports, checking each with {@code GET healthPath}.
     */
    public static Haproxy start(List<Integer> backendPorts, String healthPath) {
        return start(backendPorts, healthPath, false);
    }

    /** Like {@link #start(List, String)}, but each browser stays on its first backend while that one is up. */
    public static Haproxy startSticky(List<Integer> backendPorts, String healthPath) {
        return start(backendPorts, healthPath, true);
    }

    private static Haproxy start(List<Integer> backendPorts, String healthPath, boolean sticky) {
        int port = FreePorts.next();
        Path dir = Path.of("target", "haproxy", UUID.randomUUID().toString()).toAbsolutePath();
        try {
            Files.createDirectories(dir);
            Path config = Files.writeString(dir.resolve("haproxy.cfg"), config(port, backendPorts, healthPath, sticky));
            Process process = new ProcessBuilder(binary(), "-db", "-f", config.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("haproxy.log").toFile()).start();
            Haproxy haproxy = new Haproxy(process, port);
            Runtime.getRuntime().addShutdownHook(new Thread(haproxy::close, "haproxy-stop"));
            haproxy.awaitListening(dir);
            return haproxy;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start HAProxy in " + dir + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while HAProxy started", e);
        }
    }

    static String config(int port, List<Integer> backendPorts, String healthPath, boolean sticky) {
        StringBuilder cfg = new StringBuilder("""
                global
                    maxconn 4096
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 120s
                    timeout server 120s
                    retries 3
                    option redispatch
                frontend hall
                    bind 127.0.0.1:%d
                    default_backend instances
                backend instances
                    balance roundrobin
                    option httpchk GET %s
                    retry-on conn-failure empty-response 502 503
                    http-request disable-l7-retry unless METH_GET or { req.hdr(Idempotency-Key) -m found }
                """.formatted(port, healthPath));
        if (sticky) {
            cfg.append("    cookie ").append(STICKY_COOKIE).append(" insert indirect nocache httponly\n");
        }
        for (int i = 0; i < backendPorts.size(); i++) {
            cfg.append("    server b").append(i).append(" 127.0.0.1:").append(backendPorts.get(i))
                    .append(" check inter 300ms fall 2 rise 2").append(sticky ? " cookie b" + i : "").append('\n');
        }
        return cfg.toString();
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitListening(Path dir) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                // waits for the process to end, which it should not, as the pause before the next try
                if (process.waitFor(100, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("HAProxy exited: " + Files.readString(dir.resolve("haproxy.log")));
                }
            }
        }
        close();
        throw new IllegalStateException("HAProxy did not listen on " + port + " within 30 s");
    }

    private static String binary() {
        for (String candidate : List.of("/usr/sbin/haproxy", "/usr/bin/haproxy")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no haproxy: install the Debian package haproxy (./hall test does)");
    }
}
