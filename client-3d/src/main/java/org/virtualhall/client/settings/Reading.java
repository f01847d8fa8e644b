package org.virtualhall.client.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The citizen's reading help, kept in the user's {@code settings.properties} ({@code large-text}, {@code high-contrast},
 * {@code speech-rate}).
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

    /** The settings kept in the file; what is missing or unreadable stays as {@link #PLAIN}. */
    public static Reading read(Path settingsFile) {
        Properties p = SettingsFile.load(settingsFile);
        int rate = PLAIN.speechRate;
        try {
            rate = Integer.parseInt(p.getProperty("speech-rate", String.valueOf(rate)).strip());
        } catch (NumberFormatException e) {
            rate = PLAIN.speechRate;
        }
        return new Reading(Boolean.parseBoolean(p.getProperty("large-text")), Boolean.parseBoolean(p.getProperty("high-contrast")),
                RATES.contains(rate) ? rate : PLAIN.speechRate);
    }

    /** Keeps these settings in the file, with its other keys. */
    public void save(Path settingsFile) throws IOException {
        SettingsFile.put(settingsFile, Map.of("large-text", String.valueOf(largeText), "high-contrast", String.valueOf(highContrast),
                "speech-rate", String.valueOf(speechRate)));
    }
}
