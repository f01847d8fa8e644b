package org.virtualhall.client.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.ui.Rect;
import org.virtualhall.launch.part.Part;
import org.virtualhall.launch.part.Program;
import org.virtualhall.launch.part.Sizing;
import org.virtualhall.launch.process.ProcessSpec;
import org.virtualhall.launch.process.ServerProcess;
import org.virtualhall.model.json.HallJson;

/**
 * Runs the real client in its own JVM on a display with a script, as {@code ./hall demo --headless} does,
 * and reads back its report and screenshots. {@link #start} leaves it running, so a test can act while the
 * script waits (e.g. {@code wait-status}) and follow it by its {@code checkpoint} lines.
 */
public final class ClientRun implements AutoCloseable {

    /** What a finished run left behind; {@code reportFile} is where the report was written. */
    public record Result(int exitCode, JsonNode report, Path screenshots, String log, Path reportFile) {

        public JsonNode facts() {
            return report.path("facts");
        }

        public List<String> captions() {
            return ClientRun.captions(facts());
        }

        /** The report as the script wrote it at {@code checkpoint NAME}. */
        public JsonNode checkpoint(String name) throws IOException {
            Path kept = ScriptState.checkpointFile(reportFile, name);
            if (!Files.exists(kept)) {
                throw new AssertionError("the client passed no checkpoint " + name + "\n" + log);
            }
            return HallJson.wire().readTree(kept.toFile());
        }

        public Path screenshot(String name) throws IOException {
            try (var files = Files.list(screenshots)) {
                return files.filter(f -> f.getFileName().toString().endsWith("-" + name + ".png")).findFirst()
                        .orElseThrow(() -> new AssertionError("no screenshot " + name + " in " + screenshots + "\n" + log));
            }
        }
    }

    private final ServerProcess process;
    private final Path report;
    private final Path screenshots;
    private final Path log;

    private ClientRun(ServerProcess process, Path report, Path screenshots, Path log) {
        this.process = process;
        this.report = report;
        this.screenshots = screenshots;
        this.log = log;
    }

    /** Runs the script to its end (at most 240 s). */
    public static Result run(String display, Path dir, String script, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        try (ClientRun run = start(display, dir, script, env, args)) {
            return run.finish(Duration.ofSeconds(240));
        }
    }

    /** What the voice said (and the captions showed) up to the report's moment, oldest first. */
    public static List<String> captions(JsonNode facts) {
        List<String> out = new ArrayList<>();
        facts.path("voice.captions").forEach(n -> out.add(n.asText()));
        return out;
    }

    /** A rectangle the report gives as {@code [x, y, width, height]} (e.g. {@code screen.panel}). */
    public static Rect rect(JsonNode xywh) {
        List<Double> numbers = new ArrayList<>();
        xywh.forEach(n -> numbers.add(n.asDouble()));
        return Rect.of(numbers);
    }

    /** Starts the client on its script and returns at once. */
    public static ClientRun start(String display, Path dir, String script, Map<String, String> env, String... args)
            throws IOException {
        return start(List.of(), display, dir, script, env, args);
    }

    /**
     * Starts {@code program} (a packaged client's launcher), or the client from this class path when it is empty, on
     * its script. Its settings and cache go into {@code dir} unless {@code env} names XDG folders of its own, so that
     * no run reads or writes the user's.
     */
    public static ClientRun start(List<String> program, String display, Path dir, String script, Map<String, String> env,
                                  String... args) throws IOException {
        Files.createDirectories(dir);
        Path scriptFile = dir.resolve("script.txt");
        Files.writeString(scriptFile, script, StandardCharsets.UTF_8);
        Path report = dir.resolve("report.json");
        try (Stream<Path> old = Files.list(dir)) {
            for (Path f : old.filter(f -> f.getFileName().toString().startsWith("report.json")).toList()) {
                Files.delete(f);
            }
        }
        Path shots = dir.resolve("screenshots");
        Path log = dir.resolve("client.log");
        List<String> extra = new ArrayList<>(List.of("--headless", "--script", scriptFile.toString(),
                "--screenshots", shots.toString(), "--report", report.toString()));
        extra.addAll(List.of(args));
        List<String> command = new ArrayList<>(program);
        if (program.isEmpty()) {
            command.addAll(Part.CLIENT.command(Program.classPath(System.getProperty("java.class.path")), Sizing.SERVICE, 0,
                    extra));
        } else {
            command.addAll(extra);
        }
        Map<String, String> environment = new HashMap<>(env);
        environment.putIfAbsent("DISPLAY", display);
        // The run's settings, kept session and kept catalogs go to its folder, never to those of whoever runs the tests.
        environment.putIfAbsent("XDG_CONFIG_HOME", dir.resolve("config").toString());
        environment.putIfAbsent("XDG_CACHE_HOME", dir.resolve("cache").toString());
        return new ClientRun(ServerProcess.start(ProcessSpec.of("client", command, log).withEnvironment(environment)),
                report, shots, log);
    }

    /**
     * Waits until the script has passed {@code checkpoint NAME} and returns the report written there; fails
     * early when the client ends first.
     */
    public JsonNode awaitCheckpoint(String name, Duration timeout) {
        JsonNode[] seen = new JsonNode[1];
        Path kept = ScriptState.checkpointFile(report, name);
        await("client checkpoint " + name).atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (Files.exists(kept)) {
                seen[0] = HallJson.wire().readTree(kept.toFile());
                return true;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the client ended before checkpoint " + name + "; log:\n" + Files.readString(log));
            }
            return false;
        });
        return seen[0];
    }

    /** Lets a script waiting at {@code hold NAME} go on, once the test has looked at what it needed. */
    public void resume(String name) throws IOException {
        Files.createFile(ScriptState.resumeFile(report, name));
    }

    /** Waits for the end of the script and reads what the run left behind. */
    public Result finish(Duration timeout) throws IOException, InterruptedException {
        Optional<Integer> exit = process.awaitExit(timeout);
        if (exit.isEmpty()) {
            process.kill();
            throw new AssertionError("the client did not finish its script in " + timeout.toSeconds() + " s; log: "
                    + Files.readString(log));
        }
        String text = Files.readString(log);
        if (!Files.exists(report)) {
            throw new AssertionError("the client wrote no report (exit " + exit.get() + "); log:\n" + text);
        }
        return new Result(exit.get(), HallJson.wire().readTree(report.toFile()), screenshots, text, report);
    }

    /** Stops a client that is still running (a test that failed half-way). */
    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
