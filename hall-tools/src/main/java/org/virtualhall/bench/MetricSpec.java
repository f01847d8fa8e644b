package org.virtualhall.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One line of bench-metrics.yaml: where a metric lives in a benchmark's JSON, what it is called, and its target.
 *
 * @param per   a field to divide by (the metric is then a share), or null
 * @param target the target, or null when there is none
 * @param plot  the chart the metric is drawn in ({@code throughput}, {@code latency}), or null
 */
public record MetricSpec(String bench, String field, String per, String label, String unit, Double target,
                         Better better, String plot) {

    public enum Better { HIGHER, LOWER }

    public MetricSpec {
        require(bench, "bench", label);
        require(field, "field", label);
        require(label, "label", field);
        if (target != null && better == null) {
            throw new IllegalArgumentException("metric '" + label + "': a target needs better: higher | lower");
        }
    }

    private static void require(String value, String name, String which) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("metric '" + which + "': " + name + " is missing");
        }
    }

    /** Reads the YAML list of metrics (the format is described at the top of bench-metrics.yaml). */
    public static List<MetricSpec> read(InputStream yaml) throws IOException {
        JsonNode lines = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        if (lines == null || !lines.isArray()) {
            throw new IllegalArgumentException("the metrics file must be a YAML list, one metric per line");
        }
        return java.util.stream.StreamSupport.stream(lines.spliterator(), false).map(MetricSpec::of).toList();
    }

    private static MetricSpec of(JsonNode line) {
        String better = text(line, "better");
        return new MetricSpec(text(line, "bench"), text(line, "field"), text(line, "per"), text(line, "label"),
            text(line, "unit") == null ? "" : text(line, "unit"),
            line.hasNonNull("target") ? line.get("target").asDouble() : null,
            better == null ? null : Better.valueOf(better.toUpperCase(Locale.ROOT)), text(line, "plot"));
    }

    private static String text(JsonNode line, String key) {
        return line.hasNonNull(key) ? line.get(key).asText() : null;
    }

    /** The metric's value in its benchmark's JSON, empty when the field is not there. */
    public OptionalDouble valueIn(JsonNode result) {
        OptionalDouble value = JsonPath.number(result, field);
        if (per == null || value.isEmpty()) {
            return value;
        }
        OptionalDouble whole = JsonPath.number(result, per);
        if (whole.isEmpty() || whole.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        double share = value.getAsDouble() / whole.getAsDouble();
        return OptionalDouble.of("%".equals(unit) ? share * 100 : share);
    }

    /** Whether VALUE meets the target; only meaningful when there is one. */
    public boolean met(double value) {
        return better == Better.HIGHER ? value >= target : value <= target;
    }

    public String targetText() {
        if (target == null) {
            return "—";
        }
        return (better == Better.HIGHER ? "≥ " : "≤ ") + Numbers.format(target) + ("%".equals(unit) ? "%" : "");
    }
}
