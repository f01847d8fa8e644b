package org.virtualhall.launch.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerProcessTests {

    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private ProcessSpec server(int port) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HealthyServer.class.getName(), Integer.toString(port));
        return ProcessSpec.of("stand-in", command, dir.resolve("logs/stand-in.log"))
                .withHealth(URI.create("http://127.0.0.1:" + port + "/health"));
    }

    @Test
    void aServerIsHealthyOnceItAnswersAndKillNineEndsIt() throws Exception {
        int port = FreePorts.next();
        try (ServerProcess p = ServerProcess.start(server(port)).awaitHealthy(START)) {
            assertThat(p.isAlive()).isTrue();
            assertThat(Files.readString(p.log())).contains("starting on " + port);

            p.kill();

            assertThat(p.isAlive()).isFalse();
        }
    }

    @Test
    void aRestartRunsTheSameCommandAndTheLogGoesOn() {
        int port = FreePorts.next();
        try (ServerProcess p = ServerProcess.start(server(port)).awaitHealthy(START)) {
            p.kill();

            p.restart().awaitHealthy(START);

            assertThat(p.tail().lines().filter(l -> l.equals("starting on " + port))).hasSize(2);
        }
    }

    @Test
    void aProcessThatEndsBeforeItIsHealthyFailsWithItsLog() {
        ProcessSpec failing = ProcessSpec.of("failing", List.of("sh", "-c", "echo no config here; exit 3"),
                dir.resolve("failing.log")).withHealth(URI.create("http://127.0.0.1:" + FreePorts.next() + "/"));

        try (ServerProcess p = ServerProcess.start(failing)) {
            assertThatThrownBy(() -> p.awaitHealthy(START)).hasMessageContaining("failing exited with 3")
                    .hasMessageContaining("no config here");
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        ProcessSpec silent = ProcessSpec.of("silent", List.of("sleep", "60"), dir.resolve("silent.log"))
                .withHealth(URI.create("http://127.0.0.1:" + FreePorts.next() + "/"));

        try (ServerProcess p = ServerProcess.start(silent)) {
            assertThatThrownBy(() -> p.awaitHealthy(Duration.ofSeconds(1))).hasMessageContaining("not healthy")
                    .hasMessageContaining("within 1 s");
        }
    }

    @Test
    void theEnvironmentIsAddedToTheProcesses() {
        ProcessSpec spec = ProcessSpec.of("env", List.of("sh", "-c", "echo \"hall=$HALL_TEST\""), dir.resolve("env.log"))
                .withEnvironment(Map.of("HALL_TEST", "大厅"));

        try (ServerProcess p = ServerProcess.start(spec)) {
            assertThat(p.awaitExit(START)).contains(0);
            assertThat(p.tail()).isEqualTo("hall=大厅");
        }
    }

    @Test
    void closeStopsARunningProcess() {
        ServerProcess p = ServerProcess.start(ProcessSpec.of("sleeper", List.of("sleep", "600"), dir.resolve("s.log")));

        p.close();

        assertThat(p.isAlive()).isFalse();
        assertThat(p.awaitExit(Duration.ZERO)).isPresent();
    }
}
