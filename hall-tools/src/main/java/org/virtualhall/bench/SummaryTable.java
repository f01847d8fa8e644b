package org.virtualhall.bench;

import java.util.List;
import java.util.Map;

/** The Markdown summary: the machine, how each benchmark's run went, and one table of every metric. */
final class SummaryTable {

    private SummaryTable() {
    }

    /**
     * @param runs    benchmark name → how its run went ("ran", "failed (log …)"), in run order
     * @param note    a line about the run itself (e.g. that it was the quick variant), or null
     */
    static String markdown(Machine machine, Map<String, String> runs, List<Measurement> rows, List<String> unmapped,
                           String note) {
        StringBuilder md = new StringBuilder("# Benchmark summary\n\n");
        md.append("Machine: ").append(machine.describe()).append(".\n");
        if (note != null && !note.isBlank()) {
            md.append(note).append('\n');
        }
        md.append('\n');
        if (!runs.isEmpty()) {
            md.append("Runs: ");
            md.append(String.join("; ", runs.entrySet().stream().map(run -> run.getKey() + " " + run.getValue()).toList()));
            md.append(".\n\n");
        }
        md.append("| part | metric | value | target | met |\n|---|---|---|---|---|\n");
        for (Measurement row : rows) {
            md.append("| ").append(row.spec().bench())
                .append(" | ").append(row.spec().label())
                .append(" | ").append(row.valueText())
                .append(" | ").append(row.targetText())
                .append(" | ").append(row.status().mark())
                .append(" |\n");
        }
        if (!unmapped.isEmpty()) {
            md.append("\nNo metric mapped yet for: ").append(String.join(", ", unmapped))
                .append(" (add lines to hall-tools/src/main/resources/bench-metrics.yaml).\n");
        }
        md.append("\nPlots: [throughput](throughput.png), [latency](latency.png).\n");
        return md.toString();
    }
}
