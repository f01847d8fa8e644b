package org.virtualhall.approval.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A horizontal bar chart laid out for an SVG drawn by the template: one bar per subject with a value. */
public record BarChart(String title, List<Bar> bars, int height) {

    static final int ROW = 26;
    static final int WIDTH = 360;

    /** One bar: {@code y} is its row's top, {@code width} its length in pixels. */
    public record Bar(String label, String text, int y, int width) {
    }

    static BarChart of(String title, List<Figure> figures, Function<Figure, Double> value, double max, String unit) {
        List<Figure> shown = figures.stream().filter(f -> value.apply(f) != null).limit(15).toList();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            double v = Objects.requireNonNull(value.apply(shown.get(i)));
            bars.add(new Bar(shown.get(i).name(), String.format("%.1f%s", v, unit), i * ROW,
                    (int) Math.round(WIDTH * Math.min(v, max) / max)));
        }
        return new BarChart(title, bars, Math.max(ROW, bars.size() * ROW));
    }
}
