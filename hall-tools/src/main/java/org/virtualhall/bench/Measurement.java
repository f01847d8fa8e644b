package org.virtualhall.bench;

/**
 * One metric of one run: its value when the benchmark produced it, and how it stands against the target.
 *
 * @param value the figure, or null when there is none (see status)
 */
public record Measurement(MetricSpec spec, Status status, Double value) {

    public enum Status {
        MET("✓"), MISSED("✗"), NO_TARGET(""),
        FAILED("✗ benchmark failed"), NO_RESULT("✗ no result"), NO_FIELD("✗ not in the JSON");

        private final String mark;

        Status(String mark) {
            this.mark = mark;
        }

        public String mark() {
            return mark;
        }
    }

    static Measurement of(MetricSpec spec, double value) {
        Status status = spec.target() == null ? Status.NO_TARGET : spec.met(value) ? Status.MET : Status.MISSED;
        return new Measurement(spec, status, value);
    }

    static Measurement without(MetricSpec spec, Status why) {
        return new Measurement(spec, why, null);
    }

    public boolean hasValue() {
        return value != null;
    }

    public String valueText() {
        return value == null ? "—" : Numbers.format(value) + unitSuffix();
    }

    public String targetText() {
        return spec.target() == null ? "—" : spec.targetText() + ("%".equals(spec.unit()) ? "" : unitSuffix());
    }

    private String unitSuffix() {
        String unit = spec.unit();
        if (unit.isEmpty() || "count".equals(unit)) {
            return "";
        }
        return "%".equals(unit) ? "%" : " " + unit;
    }
}
