package org.virtualhall.client.kiosk;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How a self-service terminal (自助终端) runs: whether kiosk mode is on, the operator PIN's hash (null: the kiosk
 * cannot be left from the screen), and the idle times before the auto-tour and before the visit is reset. The
 * command line gives some of these; {@link #withFile} fills the rest from {@code kiosk.properties} in the config folder.
 *
 * @param pinHash           SHA-256 of the operator PIN, lowercase hex ({@link OperatorPin}), or null
 * @param idleTourSeconds   idle time before the auto-tour starts; null = not given yet
 * @param resetAfterSeconds idle time before the visit is reset; null = not given yet
 */
public record KioskSettings(boolean on, String pinHash, Integer idleTourSeconds, Integer resetAfterSeconds) {

    public static final String FILE = "kiosk.properties";
    static final int DEFAULT_IDLE_TOUR = 60;
    static final int DEFAULT_RESET_AFTER = 120;

    /** Not a kiosk. */
    public static KioskSettings off() {
        return new KioskSettings(false, null, null, null);
    }

    /** What the file gives where the command line gave nothing, then the defaults; checked. */
    public KioskSettings withFile(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the kiosk settings " + file, e);
            }
        }
        String hash = pinHash != null ? pinHash : blankToNull(p.getProperty("pin-sha256"));
        int tour = idleTourSeconds != null ? idleTourSeconds : seconds(p, "idle-tour", DEFAULT_IDLE_TOUR, file);
        int reset = resetAfterSeconds != null ? resetAfterSeconds : seconds(p, "reset-after", DEFAULT_RESET_AFTER, file);
        if (hash != null) {
            OperatorPin.checkHash(hash);
        }
        if (tour <= 0 || reset <= tour) {
            throw new IllegalArgumentException("kiosk idle times: idle-tour (" + tour + " s) must be positive and reset-after ("
                    + reset + " s) longer than it");
        }
        return new KioskSettings(on, hash, tour, reset);
    }

    private static int seconds(Properties p, String key, int otherwise, Path file) {
        String value = blankToNull(p.getProperty(key));
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": " + key + " must be a whole number of seconds, not '" + value + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
