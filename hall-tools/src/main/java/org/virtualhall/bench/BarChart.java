package org.virtualhall.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * One bar per metric with its target as a dashed line across the bar's slot. Metrics of different parts share an
 * axis; when they span more than two orders of magnitude (latency: route µs next to gateway seconds) the axis is
 * logarithmic so that every bar stays readable.
 */
final class BarChart {

    static final int WIDTH = 1100;
    static final int HEIGHT = 560;
    static final Color MET = new Color(0x3c, 0x9a, 0x4e);
    static final Color MISSED = new Color(0xd0, 0x4a, 0x3a);
    static final Color NO_TARGET = new Color(0x8a, 0x94, 0xa6);
    static final Color TARGET_LINE = new Color(0x20, 0x20, 0x20);

    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 60;
    private static final int BOTTOM = 120;

    private BarChart() {
    }

    static BufferedImage render(String title, List<Measurement> bars) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            Scale scale = Scale.of(bars);
            g.drawString(scale.log() ? title + ", logarithmic axis" : title, LEFT, 32);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            legend(g);
            if (bars.isEmpty()) {
                g.drawString("no results", LEFT, TOP + 40);
            } else {
                draw(g, bars, scale);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The slot (x from, width) of bar I of N. */
    static int slotX(int i, int n) {
        return LEFT + i * slotWidth(n);
    }

    static int slotWidth(int n) {
        return (WIDTH - LEFT - RIGHT) / n;
    }

    static int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    private static void draw(Graphics2D g, List<Measurement> bars, Scale scale) {
        int bottom = plotBottom();
        g.setColor(Color.GRAY);
        g.drawLine(LEFT, TOP, LEFT, bottom);
        g.drawLine(LEFT, bottom, WIDTH - RIGHT, bottom);
        for (double tick : scale.ticks()) {
            int y = scale.y(tick);
            g.setColor(new Color(0xe4, 0xe4, 0xe4));
            g.drawLine(LEFT + 1, y, WIDTH - RIGHT, y);
            g.setColor(Color.DARK_GRAY);
            String text = Numbers.format(tick);
            g.drawString(text, LEFT - 8 - g.getFontMetrics().stringWidth(text), y + 4);
        }
        int n = bars.size();
        int slot = slotWidth(n);
        for (int i = 0; i < n; i++) {
            Measurement bar = bars.get(i);
            int x = slotX(i, n);
            int barX = x + slot / 4;
            int barWidth = slot / 2;
            if (bar.hasValue()) {
                int top = scale.y(bar.value());
                g.setColor(color(bar.status()));
                g.fillRect(barX, top, barWidth, bottom - top);
                g.setColor(Color.BLACK);
                centered(g, bar.valueText(), x, slot, top - 5);
            } else {
                g.setColor(MISSED);
                centered(g, bar.status().mark().replace("✗ ", ""), x, slot, bottom - 8);
            }
            if (bar.spec().target() != null) {
                int y = scale.y(bar.spec().target());
                g.setColor(TARGET_LINE);
                g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
                g.drawLine(x + 4, y, x + slot - 4, y);
                g.setStroke(new BasicStroke());
                boolean crowded = bar.hasValue() && Math.abs(scale.y(bar.value()) - y) < 18;
                centered(g, bar.spec().targetText(), x, slot, crowded ? Math.min(y, scale.y(bar.value())) - 22 : y - 4);
            }
            g.setColor(Color.BLACK);
            int line = bottom + 18;
            for (String text : wrap(g.getFontMetrics(), bar.spec().bench() + ": " + bar.spec().label(), slot - 6)) {
                centered(g, text, x, slot, line);
                line += 15;
            }
        }
    }

    private static void legend(Graphics2D g) {
        int x = WIDTH - RIGHT - 420;
        Object[][] keys = {{MET, "meets target"}, {MISSED, "misses target"}, {NO_TARGET, "no target"}};
        for (Object[] key : keys) {
            g.setColor((Color) key[0]);
            g.fillRect(x, 22, 14, 14);
            g.setColor(Color.BLACK);
            g.drawString((String) key[1], x + 20, 34);
            x += 120;
        }
        g.drawString("- - target", x, 34);
    }

    private static Color color(Measurement.Status status) {
        return switch (status) {
            case MET -> MET;
            case MISSED -> MISSED;
            default -> NO_TARGET;
        };
    }

    private static void centered(Graphics2D g, String text, int x, int width, int y) {
        g.drawString(text, x + (width - g.getFontMetrics().stringWidth(text)) / 2, y);
    }

    static List<String> wrap(FontMetrics metrics, String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && metrics.stringWidth(longer) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Value → pixel row, linear from zero or logarithmic. */
    record Scale(double min, double max, boolean log) {

        static Scale of(List<Measurement> bars) {
            double max = 0;
            double min = Double.MAX_VALUE;
            for (Measurement bar : bars) {
                for (Double v : new Double[] {bar.value(), bar.spec().target()}) {
                    if (v != null && v > 0) {
                        max = Math.max(max, v);
                        min = Math.min(min, v);
                    }
                }
            }
            if (max == 0) {
                return new Scale(0, 1, false);
            }
            if (max / min > 100) {
                return new Scale(Math.pow(10, Math.floor(Math.log10(min))), Math.pow(10, Math.ceil(Math.log10(max * 1.3))), true);
            }
            return new Scale(0, niceCeiling(max * 1.15), false);
        }

        int y(double value) {
            double share = log ? (Math.log10(Math.max(value, min)) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))
                : value / max;
            return (int) Math.round(plotBottom() - share * (plotBottom() - TOP));
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            if (log) {
                for (double t = min; t <= max * 1.0001; t *= 10) {
                    ticks.add(t);
                }
            } else {
                for (int i = 0; i <= 5; i++) {
                    ticks.add(max * i / 5);
                }
            }
            return ticks;
        }

        private static double niceCeiling(double value) {
            double step = Math.pow(10, Math.floor(Math.log10(value)));
            for (double m : new double[] {1, 2, 2.5, 5, 10}) {
                if (m * step >= value) {
                    return m * step;
                }
            }
            return 10 * step;
        }
    }
}
