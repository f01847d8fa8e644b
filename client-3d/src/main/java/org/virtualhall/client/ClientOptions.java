package org.virtualhall.client;

import java.net.URI;
import java.nio.file.Path;

/**
 * Command-line options.
 *
 * @param server      the outer hall API, or null for offline (assets only)
 * @param script      a script to run ({@code --script FILE}), or null
 * @param screenshots where {@code screenshot} commands and {@code --screenshots} write frames, or null
 * @param headless    run the script and exit when it ends (for Xvfb, tests and the demo)
 * @param report      where to write the state report when the script ends, or null
 * @param idleSeconds idle time before the auto-tour starts, 0 = never
 * @param demoSmsOutbox the local gateway's SMS outbox, whose codes the demo shows on screen, or null
 */
public record ClientOptions(URI server, Path script, Path screenshots, boolean headless, int width, int height,
                            boolean fullscreen, Path report, int idleSeconds, boolean audio, Path demoSmsOutbox) {

    public static final URI DEFAULT_SERVER = URI.create("http://127.0.0.1:8080/");

    public static ClientOptions parse(String... args) {
        URI server = DEFAULT_SERVER;
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
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--server" -> server = URI.create(withSlash(value(args, ++i, a)));
                case "--offline" -> server = null;
                case "--script" -> script = Path.of(value(args, ++i, a));
                case "--screenshots" -> screenshots = Path.of(value(args, ++i, a));
                case "--report" -> report = Path.of(value(args, ++i, a));
                case "--headless" -> headless = true;
                case "--fullscreen" -> fullscreen = true;
                case "--no-audio" -> audio = false;
                case "--idle" -> idle = Integer.parseInt(value(args, ++i, a));
                case "--demo-sms-outbox" -> demoSmsOutbox = Path.of(value(args, ++i, a));
                case "--size" -> {
                    String[] wh = value(args, ++i, a).split("x");
                    width = Integer.parseInt(wh[0]);
                    height = Integer.parseInt(wh[1]);
                }
                default -> throw new IllegalArgumentException("unknown option " + a + " (known: --server URL, "
                        + "--offline, --script FILE, --screenshots DIR, --report FILE, --headless, --fullscreen, "
                        + "--no-audio, --idle SECONDS, --size WxH, --demo-sms-outbox FILE)");
            }
        }
        return new ClientOptions(server, script, screenshots, headless, width, height, fullscreen, report, idle, audio,
                demoSmsOutbox);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
