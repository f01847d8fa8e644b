package org.virtualhall.client;

import java.net.URI;
import java.nio.file.Path;
import org.virtualhall.client.kiosk.KioskSettings;
import org.virtualhall.client.settings.HallAddress;

/**
 * Command-line options.
 *
 * @param server      the outer hall API given with {@code --server} or {@code --save-server}, or null: then the
 *                    saved setting, the package's default or the local hall ({@link HallAddress})
 * @param saveServer  {@code --save-server URL}: keep the address as the user's setting for later starts
 * @param offline     {@code --offline}: no network; the hall last fetched from the server, or the shipped one
 * @param script      a script to run ({@code --script FILE}), or null
 * @param screenshots where {@code screenshot} commands and {@code --screenshots} write frames, or null
 * @param headless    run the script and exit when it ends (for Xvfb, tests and the demo)
 * @param report      where to write the state report when the script ends, or null
 * @param idleSeconds idle time before the auto-tour starts, 0 = never (a kiosk uses {@link KioskSettings} instead)
 * @param demoSmsOutbox the local gateway's SMS outbox, whose codes the demo shows on screen, or null
 * @param kiosk       {@code --kiosk} and its settings given on the command line
 * @param largeText   {@code --large-text}: 大字 for this run, whatever the settings say
 * @param highContrast {@code --high-contrast}: 高对比 for this run, whatever the settings say
 * @param hallData    {@code --hall-data DIR}: build the hall from this data folder (like the one in assets), without
 *                    the network; or null
 */
public record ClientOptions(URI server, boolean saveServer, boolean offline, Path script, Path screenshots,
                            boolean headless, int width, int height, boolean fullscreen, Path report, int idleSeconds,
                            boolean audio, Path demoSmsOutbox, KioskSettings kiosk, boolean largeText,
                            boolean highContrast, Path hallData) {

    public static ClientOptions parse(String... args) {
        URI server = null;
        boolean save = false;
        boolean offline = false;
        Path script = null;
        Path screenshots = null;
        Path report = null;
        Path demoSmsOutbox = null;
        boolean headless = false;
        boolean fullscreen = false;
        boolean audio = true;
        int width = 1280;
        int height = 720;
        int idle = 60;
        boolean kiosk = false;
        String pinHash = null;
        Integer idleTour = null;
        Integer resetAfter = null;
        boolean largeText = false;
        boolean highContrast = false;
        Path hallData = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--server" -> server = HallAddress.parse(value(args, ++i, a));
                case "--save-server" -> {
                    server = HallAddress.parse(value(args, ++i, a));
                    save = true;
                }
                case "--offline" -> offline = true;
                case "--script" -> script = Path.of(value(args, ++i, a));
                case "--screenshots" -> screenshots = Path.of(value(args, ++i, a));
                case "--report" -> report = Path.of(value(args, ++i, a));
                case "--headless" -> headless = true;
                case "--fullscreen" -> fullscreen = true;
                case "--no-audio" -> audio = false;
                case "--idle" -> idle = Integer.parseInt(value(args, ++i, a));
                case "--demo-sms-outbox" -> demoSmsOutbox = Path.of(value(args, ++i, a));
                case "--kiosk" -> kiosk = true;
                case "--large-text" -> largeText = true;
                case "--high-contrast" -> highContrast = true;
                case "--hall-data" -> hallData = Path.of(value(args, ++i, a));
                case "--kiosk-pin-hash" -> pinHash = value(args, ++i, a);
                case "--kiosk-idle-tour" -> idleTour = Integer.parseInt(value(args, ++i, a));
                case "--kiosk-reset-after" -> resetAfter = Integer.parseInt(value(args, ++i, a));
                case "--size" -> {
                    String[] wh = value(args, ++i, a).split("x");
                    width = Integer.parseInt(wh[0]);
                    height = Integer.parseInt(wh[1]);
                }
                default -> throw new IllegalArgumentException("unknown option " + a + " (known: --server URL, "
                        + "--save-server URL, --offline, --script FILE, --screenshots DIR, --report FILE, --headless, "
                        + "--fullscreen, --no-audio, --idle SECONDS, --size WxH, --demo-sms-outbox FILE, --kiosk, "
                        + "--kiosk-pin-hash SHA256, --kiosk-idle-tour SECONDS, --kiosk-reset-after SECONDS, --large-text, "
                        + "--high-contrast, --hall-data DIR)");
            }
        }
        return new ClientOptions(server, save, offline, script, screenshots, headless, width, height, fullscreen, report,
                idle, audio, demoSmsOutbox, new KioskSettings(kiosk, pinHash, idleTour, resetAfter), largeText, highContrast,
                hallData);
    }

    /** The same options with the kiosk settings completed from the kiosk settings file. */
    public ClientOptions withKiosk(KioskSettings settings) {
        return new ClientOptions(server, saveServer, offline, script, screenshots, headless, width, height, fullscreen, report,
                idleSeconds, audio, demoSmsOutbox, settings, largeText, highContrast, hallData);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
