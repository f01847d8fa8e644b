package org.virtualhall.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The JSON files one ./hall bench all run left in target/bench/, read against the metric table.
 *
 * @param benches the benchmarks that were meant to run, in order
 * @param failed  those whose run failed (their JSON, if any, is not trusted)
 * @param seconds how long each run took, where known
 */
public record BenchResults(Path dir, List<String> benches, Set<String> failed, Map<String, Long> seconds) {

    public BenchResults(Path dir, List<String> benches, Set<String> failed) {
        this(dir, benches, failed, Map.of());
    }

    /** How each benchmark's run went, for the summary's first lines. */
    public Map<String, String> runs() {
        Map<String, String> runs = new LinkedHashMap<>();
        for (String bench : benches) {
            String took = seconds.containsKey(bench) ? " in " + seconds.get(bench) + " s" : "";
            runs.put(bench, failed.contains(bench) ? "✗ failed" + took + " (log: " + bench + "-run.log)" : "✓ ran" + took);
        }
        return runs;
    }

    /** Every metric of every benchmark in BENCHES order, then metrics of benchmarks not in the list. */
    public List<Measurement> measure(List<MetricSpec> specs) throws IOException {
        Set<String> order = new LinkedHashSet<>(benches);
        specs.forEach(spec -> order.add(spec.bench()));
        ObjectMapper json = new ObjectMapper();
        List<Measurement> rows = new java.util.ArrayList<>();
        for (String bench : order) {
            Path file = dir.resolve(bench + ".json");
            JsonNode result = !failed.contains(bench) && Files.isRegularFile(file) ? json.readTree(file.toFile()) : null;
            for (MetricSpec spec : specs) {
                if (spec.bench().equals(bench)) {
                    rows.add(measure(spec, bench, result));
                }
            }
        }
        return rows;
    }

    private Measurement measure(MetricSpec spec, String bench, JsonNode result) {
        if (result == null) {
            return Measurement.without(spec, failed.contains(bench) ? Measurement.Status.FAILED : Measurement.Status.NO_RESULT);
        }
        OptionalDouble value = spec.valueIn(result);
        return value.isPresent() ? Measurement.of(spec, value.getAsDouble())
            : Measurement.without(spec, Measurement.Status.NO_FIELD);
    }

    /** Benchmarks that ran but have no line in the metric table: they are named so that someone adds one. */
    public List<String> unmapped(List<MetricSpec> specs) {
        return benches.stream().filter(bench -> specs.stream().noneMatch(spec -> spec.bench().equals(bench))).toList();
    }

    /** The benchmark names of the JSON files in DIR, sorted (used when the caller names none). */
    static List<String> found(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json"))
                .map(name -> name.substring(0, name.length() - ".json".length())).sorted().toList();
        }
    }
}
