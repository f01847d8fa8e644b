package org.virtualhall.bench;

import java.util.Locale;

/** How figures are written in the table and on the plots: few digits, thousands grouped. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, magnitude >= 10 ? "%.1f" : "%.2f", value);
    }
}
