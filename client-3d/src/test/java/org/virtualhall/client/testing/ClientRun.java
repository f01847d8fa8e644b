package org.virtualhall.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.virtualhall.client.Main;
import org.virtualhall.model.json.HallJson;

/**
 * Runs the real client in its own JVM on a display with a script, as {@code ./hall demo --headless} does,
 * and reads back its report and screenshots.
 */
public final class ClientRun {

    /** What a finished run left behind. */
    public record Result(int exitCode, JsonNode report, Path screenshots, String log) {

        public JsonNode facts() {
            return report.path("facts");
        }

        public Path screenshot(String name) throws IOException {
            try (var files = Files.list(screenshots)) {
                return files.filter(f -> f.getFileName().toString().endsWith("-" + name + ".png")).findFirst()
                        .orElseThrow(() -> new AssertionError("no screenshot " + name + " in " + screenshots + "\n" + log));
            }
        }
    }

    private ClientRun() {
    }

    public static Result run(String display, Path dir, String script, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path scriptFile = dir.resolve("script.txt");
        Files.writeString(scriptFile, script, StandardCharsets.UTF_8);
        Path report = dir.resolve("report.json");
        Path shots = dir.resolve("screenshots");
        Path log = dir.resolve("client.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--headless", "--script", scriptFile.toString(), "--screenshots", shots.toString(),
                "--report", report.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("DISPLAY", display);
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the client did not finish its script in 240 s; log: " + Files.readString(log));
        }
        String text = Files.readString(log);
        if (!Files.exists(report)) {
            throw new AssertionError("the client wrote no report (exit " + p.exitValue() + "); log:\n" + text);
        }
        return new Result(p.exitValue(), HallJson.wire().readTree(report.toFile()), shots, text);
    }
}
