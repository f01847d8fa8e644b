package org.virtualhall.gateway.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.virtualhall.gateway.GatewayApplication;

/** One gateway role as a real separate JVM on a free port, which a test may kill -9 and start again. */
public final class RoleProcess implements AutoCloseable {

    private final String role;
    private final int port;
    private final List<String> args;
    private final Path log;
    private Process process;

    public RoleProcess(String role, Path home, String approvalUrl, List<String> extra) throws IOException {
        this.role = role;
        this.port = freePort();
        this.args = new ArrayList<>(GatewayCluster.args(role, home, approvalUrl));
        this.args.removeIf(a -> a.startsWith("--server.port="));
        this.args.add("--server.port=" + port);
        this.args.addAll(extra);
        this.log = home.resolve(role + ".log");
    }

    public RoleProcess start() throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                GatewayApplication.class.getName()));
        command.addAll(args);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return this;
    }

    /** Waits until the role answers its health endpoint. */
    public RoleProcess awaitHealthy(HallClient probe) {
        return awaitHealthy(probe, Duration.ofSeconds(150));
    }

    /** The same, with a longer wait for long runs on a busy machine. */
    public RoleProcess awaitHealthy(HallClient probe, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(role + " exited:\n" + tail());
                    }
                    try {
                        return probe.get("/actuator/health", null).status() == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });
        return this;
    }

    private String tail() throws IOException {
        List<String> lines = java.nio.file.Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
