package org.virtualhall.client.signin;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Opens a page in the citizen's own browser: {@link Desktop} where AWT may use it; otherwise (the client runs AWT
 * headless, for the font atlas) the desktop's own opener command.
 */
final class SystemBrowser {

    private SystemBrowser() {
    }

    static void open(URI page) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            Desktop.getDesktop().browse(page);
            return;
        }
        new ProcessBuilder(opener(page.toString())).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<String> opener(String url) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", url);
        }
        return List.of(os.contains("mac") ? "open" : "xdg-open", url);
    }
}
