package org.virtualhall.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Writes summary.md, throughput.png and latency.png into the bench directory from the JSON files there.
 * <pre>
 * BenchReport DIR [--benches a,b,c] [--failed b] [--seconds a=120,b=30] [--note "text"] [--metrics FILE]
 * </pre>
 * --benches: the benchmarks that were run, in order (default: every JSON in DIR); --failed: those that failed;
 * --seconds: how long each took;
 * --metrics: a metric table other than the bundled bench-metrics.yaml.
 */
public final class BenchReport {

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Map<String, String> options = options(args);
        Path dir = Path.of(args[0]);
        List<String> benches = options.containsKey("benches") ? names(options.get("benches")) : BenchResults.found(dir);
        Set<String> failed = Set.copyOf(names(options.getOrDefault("failed", "")));
        Map<String, Long> seconds = new LinkedHashMap<>();
        for (String entry : names(options.getOrDefault("seconds", ""))) {
            String[] nameAndSeconds = entry.split("=", 2);
            seconds.put(nameAndSeconds[0], Long.parseLong(nameAndSeconds[1]));
        }
        List<MetricSpec> specs = specs(options.get("metrics"));
        String summary = write(new BenchResults(dir, benches, failed, seconds), specs, Machine.current(), options.get("note"));
        System.out.print(summary);
    }

    /** Writes the three files and returns the Markdown. */
    static String write(BenchResults results, List<MetricSpec> specs, Machine machine, String note) throws IOException {
        List<Measurement> rows = results.measure(specs);
        String summary = SummaryTable.markdown(machine, results.runs(), rows, results.unmapped(specs), note);
        Files.createDirectories(results.dir());
        Files.writeString(results.dir().resolve("summary.md"), summary, StandardCharsets.UTF_8);
        plot(results.dir(), "throughput", "Throughput (higher is better)", rows);
        plot(results.dir(), "latency", "Latency (lower is better)", rows);
        return summary;
    }

    private static void plot(Path dir, String kind, String title, List<Measurement> rows) throws IOException {
        List<Measurement> bars = rows.stream().filter(row -> kind.equals(row.spec().plot())).toList();
        ImageIO.write(BarChart.render(title, bars), "png",
            dir.resolve(kind + ".png").toFile());
    }

    private static List<MetricSpec> specs(String file) throws IOException {
        if (file != null) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                return MetricSpec.read(in);
            }
        }
        try (InputStream in = BenchReport.class.getResourceAsStream("/bench-metrics.yaml")) {
            return MetricSpec.read(in);
        }
    }

    private static List<String> names(String csv) {
        return Arrays.stream(csv.split("[,\\s]+")).filter(name -> !name.isBlank()).toList();
    }

    private static Map<String, String> options(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            throw new IllegalArgumentException("usage: BenchReport DIR [--benches a,b] [--failed b] [--seconds a=120]"
                    + " [--note TEXT] [--metrics FILE]");
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + ": expected --name VALUE");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
