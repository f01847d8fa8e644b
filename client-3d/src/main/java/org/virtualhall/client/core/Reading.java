package org.virtualhall.client.core;

import java.util.List;

/**
 * The citizen's reading help.
 *
 * @param largeText    大字: text and controls drawn larger
 * @param highContrast 高对比: opaque panels, white and yellow on black
 * @param speechRate   espeak-ng words per minute, one of {@link #RATES}
 */
public record Reading(boolean largeText, boolean highContrast, int speechRate) {

    /** 慢速, 常速, 快速. */
    public static final List<Integer> RATES = List.of(110, 150, 200);
    public static final Reading PLAIN = new Reading(false, false, 150);

    public Reading withLargeText(boolean on) {
        return new Reading(on, highContrast, speechRate);
    }

    public Reading withHighContrast(boolean on) {
        return new Reading(largeText, on, speechRate);
    }

    /** The next rate of {@link #RATES}, after the fastest the slowest. */
    public Reading nextRate() {
        int i = RATES.indexOf(speechRate);
        return new Reading(largeText, highContrast, RATES.get((i + 1) % RATES.size()));
    }

    /** The rate in words a citizen understands. */
    public String rateName() {
        int i = RATES.indexOf(speechRate);
        return i == 0 ? "慢速" : i == RATES.size() - 1 ? "快速" : "常速";
    }
}
