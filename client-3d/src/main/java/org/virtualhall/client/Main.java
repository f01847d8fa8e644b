package org.virtualhall.client;

import com.jme3.system.AppSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.virtualhall.client.api.HallApi;
import org.virtualhall.client.api.HallSourceSelector;
import org.virtualhall.client.api.HallSourceSelector.LoadedHall;
import org.virtualhall.client.kiosk.KioskSettings;
import org.virtualhall.client.settings.HallAddress;
import org.virtualhall.client.settings.UserDirs;
import org.virtualhall.client.voice.AudioProbe;

/** Starts the 3D hall: picks the hall (server, kept copy or assets), checks for a sound device, opens the window. */
public final class Main {

    private static final Logger LOG = Logger.getLogger(Main.class.getName());
    /** A whole hall's catalog over a citizen's line, or from a busy machine, takes more than a moment. */
    private static final Duration API_TIMEOUT = Duration.ofSeconds(10);

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        long started = System.nanoTime();
        UserDirs dirs = UserDirs.current();
        ClientOptions parsed = ClientOptions.parse(args);
        ClientOptions options = parsed.kiosk().on()
                ? parsed.withKiosk(parsed.kiosk().withFile(dirs.config().resolve(KioskSettings.FILE))) : parsed;
        if (options.saveServer()) {
            HallAddress.save(dirs.settingsFile(), options.server());
            LOG.info(() -> "hall address " + options.server() + " saved in " + dirs.settingsFile());
        }
        HallAddress.Choice address = HallAddress.choose(options.server(), dirs.settingsFile(), HallAddress.bakedFile(Main.class));
        LOG.info(() -> "hall " + address.server() + " (from " + address.from() + ")" + (options.offline() ? ", offline" : ""));
        HallApi api = options.offline() || options.hallData() != null ? null : new HallApi(address.server(), API_TIMEOUT);
        boolean audio = options.audio() && AudioProbe.deviceAvailable();
        if (!audio) {
            LOG.warning("no sound device (or --no-audio): voice is shown as captions only");
        }
        CompletableFuture<LoadedHall> hall = new CompletableFuture<>();
        HallClient client = new HallClient(options, hall, api, audio, started);
        client.setSettings(settings(options, audio));
        client.setShowSettings(false);
        client.setPauseOnLostFocus(false);
        client.start();
        // The hall is read here while jME opens its window and GL context on its own thread.
        try {
            hall.complete(options.hallData() != null ? HallSourceSelector.folder(options.hallData())
                    : HallSourceSelector.at(dirs.cache()).load(address.server(), api));
        } catch (RuntimeException e) {
            LOG.severe(() -> "the hall could not be loaded: " + e.getMessage());
            hall.completeExceptionally(e);
            System.exit(1);
        }
    }

    private static AppSettings settings(ClientOptions options, boolean audio) {
        AppSettings s = new AppSettings(true);
        s.setTitle("虚拟政务大厅");
        s.setResolution(options.width(), options.height());
        s.setFullscreen(options.fullscreen() || options.kiosk().on());
        if (options.kiosk().on()) {
            // A window size of 0 makes jME take the monitor's own mode: the whole screen, no decorations.
            s.setWindowSize(0, 0);
        }
        // The 2D layer follows the window's size (ScreenLayout): a citizen may make the window as large as they like.
        s.setResizable(!options.kiosk().on());
        s.setVSync(!options.headless());
        s.setFrameRate(options.headless() ? 0 : 120);
        s.setSamples(options.headless() ? 0 : 2);
        s.setGammaCorrection(false);
        s.setAudioRenderer(audio ? AppSettings.LWJGL_OPENAL : null);
        return s;
    }
}
