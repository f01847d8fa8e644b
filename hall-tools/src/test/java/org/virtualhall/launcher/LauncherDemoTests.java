package org.virtualhall.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.launch.process.FreePorts;

/**
 * The launcher's promise for ./hall demo: Ctrl-C, TERM or closing the client window stops everything the demo
 * started; what an earlier ./hall up started is reused, not started twice; a port held by someone else is named.
 * The real ./hall and lib.sh run on a copy of the launcher whose parts are small stand-in servers (two tiny Java
 * HTTP servers on free ports, a sleeping "client"), so that the launcher's own logic is tested in seconds; the same
 * check with the real parts is the manual one in the README ("Stopping the demo").
 */
class LauncherDemoTests {

    private static final Duration STOP = Duration.ofSeconds(40);

    @TempDir
    Path root;
    /** The copy of the launcher: a folder whose name has a space, as a checkout may. */
    private Path home;
    private int alphaPort;
    private int betaPort;
    private final List<Process> launchers = new ArrayList<>();
    private int runs;

    @BeforeEach
    void copyTheLauncherWithStandInParts() throws Exception {
        Path repo = Path.of("").toAbsolutePath().getParent();
        home = root.resolve("virtual hall");
        Path parts = Files.createDirectories(home.resolve("tools/launcher/parts"));
        Files.copy(repo.resolve("hall"), home.resolve("hall"));
        Files.copy(repo.resolve("tools/launcher/lib.sh"), home.resolve("tools/launcher/lib.sh"));
        Files.copy(Path.of(getClass().getResource("/launcher/StandInServer.java").toURI()),
            home.resolve("tools/launcher/StandInServer.java"));
        try (Stream<Path> standIns = Files.list(Path.of(getClass().getResource("/launcher/parts").toURI()))) {
            for (Path part : standIns.toList()) {
                Files.copy(part, parts.resolve(part.getFileName()));
            }
        }
        alphaPort = FreePorts.next();
        betaPort = FreePorts.next();
    }

    @AfterEach
    void leaveNothingRunning() throws Exception {
        launchers.forEach(Process::destroyForcibly);
        run("down");
        for (long pid : recordedPids()) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void ctrlCToTheLauncherStopsEveryPartTheDemoStartedAndTheClient() throws Exception {
        Process demo = start("demo");
        List<Long> pids = awaitClientWindow();

        signal("INT", demo.pid());

        assertThat(demo.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)).as("the launcher ends after Ctrl-C").isTrue();
        assertThat(demo.exitValue()).isEqualTo(130);
        assertThat(pids).hasSize(4).allSatisfy(pid -> assertThat(alive(pid)).as("process " + pid).isFalse());
        assertThat(listening(alphaPort)).isFalse();
        assertThat(listening(betaPort)).isFalse();
        assertThat(output(demo)).contains("stopping what the demo started")
            .contains("alpha: http://127.0.0.1:" + alphaPort + "/");
    }

    @Test
    void termToTheLauncherStopsEverythingToo() throws Exception {
        Process demo = start("demo");
        List<Long> pids = awaitClientWindow();

        demo.toHandle().destroy();

        assertThat(demo.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(demo.exitValue()).isEqualTo(143);
        assertThat(pids).allSatisfy(pid -> assertThat(alive(pid)).as("process " + pid).isFalse());
    }

    @Test
    void closingTheClientWindowStopsEverythingAndEndsTheDemo() throws Exception {
        Process demo = start("demo");
        List<Long> pids = awaitClientWindow();

        ProcessHandle.of(pid("client")).orElseThrow().destroy();

        assertThat(demo.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(demo.exitValue()).isZero();
        assertThat(pids).allSatisfy(pid -> assertThat(alive(pid)).as("process " + pid).isFalse());
        assertThat(output(demo)).contains("client: the window was closed");
    }

    @Test
    void aDemoWhileUpRunsReusesThoseServersAndLeavesThemRunning() throws Exception {
        Process up = start("up");
        assertThat(up.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(up.exitValue()).as(output(up)).isZero();
        long alpha = pid("alpha");
        long betaOne = pid("beta-one");

        Process demo = start("demo");
        awaitClientWindow();
        long client = pid("client");
        signal("INT", demo.pid());

        assertThat(demo.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(output(demo)).contains("alpha: already running").contains("beta: already running")
            .doesNotContain("starting alpha");
        assertThat(pid("alpha")).as("no second alpha").isEqualTo(alpha);
        assertThat(alive(client)).isFalse();
        assertThat(alive(alpha)).as("the up's servers stay up").isTrue();
        assertThat(alive(betaOne)).isTrue();

        assertThat(run("down")).isZero();
        assertThat(alive(alpha)).isFalse();
        assertThat(alive(betaOne)).isFalse();
    }

    @Test
    void aPortTakenBySomethingElseIsNamedBeforeAnythingStarts() throws Exception {
        try (ServerSocket squatter = new ServerSocket(betaPort, 50, InetAddress.getLoopbackAddress())) {
            Process demo = start("demo");

            assertThat(demo.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(demo.exitValue()).isEqualTo(1);
            assertThat(output(demo)).contains("beta cannot start: port " + betaPort + " is already in use");
            assertThat(listening(alphaPort)).as("nothing starts while a port is taken").isFalse();
            assertThat(output(demo)).doesNotContain("starting alpha");
            assertThat(recordedPids()).allSatisfy(pid -> assertThat(alive(pid)).isFalse());
            assertThat(squatter.isClosed()).isFalse();
        }
    }

    @Test
    void helpListsTheVerbsAndNamesNothingOutsideTheCheckout() throws Exception {
        Process help = start("help");

        assertThat(help.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(help.exitValue()).isZero();
        assertThat(output(help)).contains("./hall demo", "./hall check-data").doesNotContain("../")
            .doesNotContain(root.toString()).as("the launcher's own helpers are no verbs").doesNotContain("part commands");
    }

    private Process start(String verb) throws IOException {
        Path log = root.resolve("launcher-" + (runs++) + ".log");
        // a launcher started from a terminal has the default SIGINT disposition; a build in the background may not
        ProcessBuilder builder = new ProcessBuilder("env", "--default-signal=INT", "bash", home.resolve("hall").toString(), verb)
            .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("ALPHA_PORT", Integer.toString(alphaPort), "BETA_PORT", Integer.toString(betaPort)));
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        launchers.add(process);
        return process;
    }

    private int run(String verb) throws Exception {
        Process process = start(verb);
        assertThat(process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)).as("./hall " + verb + " ends").isTrue();
        return process.exitValue();
    }

    private String output(Process launcher) throws IOException {
        int index = launchers.indexOf(launcher);
        return Files.readString(root.resolve("launcher-" + index + ".log"));
    }

    /** Waits until the stand-in client runs; returns the pids of every process the launcher recorded. */
    private List<Long> awaitClientWindow() throws IOException {
        await().atMost(STOP).until(() -> pidOf("client").map(LauncherDemoTests::alive).orElse(false));
        return recordedPids();
    }

    private long pid(String name) throws IOException {
        return pidOf(name).orElseThrow(() -> new AssertionError("no pid file for " + name));
    }

    private Optional<Long> pidOf(String name) throws IOException {
        Path file = home.resolve("target/run/" + name + ".pid");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String text = Files.readString(file).trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
    }

    private List<Long> recordedPids() throws IOException {
        Path run = home.resolve("target/run");
        if (!Files.isDirectory(run)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(run)) {
            List<Long> pids = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                String name = file.getFileName().toString();
                pidOf(name.substring(0, name.length() - ".pid".length())).ifPresent(pids::add);
            }
            return pids;
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void signal(String signal, long pid) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor()).isZero();
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
