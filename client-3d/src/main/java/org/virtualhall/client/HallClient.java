package org.virtualhall.client;

import com.jme3.app.SimpleApplication;
import com.simsilica.lemur.GuiGlobals;
import com.simsilica.lemur.event.PickState;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.virtualhall.client.api.HallApi;
import org.virtualhall.client.api.HallSourceSelector.LoadedHall;
import org.virtualhall.client.apply.MyApplicationsState;
import org.virtualhall.client.apply.SupplementState;
import org.virtualhall.client.apply.WizardState;
import org.virtualhall.client.core.ClientContext;
import org.virtualhall.client.core.ClientModel;
import org.virtualhall.client.core.EventBus;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.font.CjkFontFactory;
import org.virtualhall.client.font.GlyphSet;
import org.virtualhall.client.kiosk.KioskState;
import org.virtualhall.client.panorama.PanoramaState;
import org.virtualhall.client.panorama.ViewpointArrivalState;
import org.virtualhall.client.radar.RadarState;
import org.virtualhall.client.route.AutoWalkState;
import org.virtualhall.client.route.RouteState;
import org.virtualhall.client.scene.HallSceneState;
import org.virtualhall.client.script.FrameGrabber;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.search.SearchFeedbackState;
import org.virtualhall.client.search.SearchState;
import org.virtualhall.client.signin.DemoSmsState;
import org.virtualhall.client.signin.SessionState;
import org.virtualhall.client.signin.SignInState;
import org.virtualhall.client.tour.AutoTourState;
import org.virtualhall.client.ui.FocusState;
import org.virtualhall.client.ui.HudState;
import org.virtualhall.client.ui.LayoutState;
import org.virtualhall.client.ui.PanelState;
import org.virtualhall.client.ui.ReadingState;
import org.virtualhall.client.ui.UiStyle;
import org.virtualhall.client.voice.PromptHistoryState;
import org.virtualhall.client.voice.VoiceState;
import org.virtualhall.client.walk.WalkState;
import org.virtualhall.client.window.BookingState;
import org.virtualhall.client.window.ConsultationState;
import org.virtualhall.client.window.EvaluationState;
import org.virtualhall.client.window.QueueState;
import org.virtualhall.client.window.WindowPanelState;

/** The 3D hall client: composes one app state per concern; they share a {@link ClientContext}. */
public final class HallClient extends SimpleApplication implements HallAppState.ContextHolder {

    private static final Logger LOG = Logger.getLogger(HallClient.class.getName());
    /** Glyph size in the font atlas, in pixels. */
    private static final int FONT_PIXELS = 40;

    private final ClientOptions options;
    private final HallApi api;
    private final boolean audio;
    private final CompletableFuture<LoadedHall> hall;
    private final long startedNanos;
    private final CompletableFuture<CjkFontFactory.Baked> font;
    /** Made once the hall is loaded, before any app state starts. */
    private ClientContext context;
    private volatile boolean failed;

    /**
     * @param hall the hall being loaded: it is read while jME opens its window and GL context, and the app states
     *             start once it is there
     */
    public HallClient(ClientOptions options, CompletableFuture<LoadedHall> hall, HallApi api, boolean audio,
                      long startedNanos) {
        super(new ReadingState(), new LayoutState(), new HallSceneState(), new WalkState(), new HudState(), new RouteState(),
                new AutoWalkState(), new RadarState(), new VoiceState(), new PromptHistoryState(), new PanelState(),
                new FocusState(), new SessionState(), new SignInState(), new DemoSmsState(), new SearchState(),
                new SearchFeedbackState(), new WindowPanelState(), new WizardState(), new MyApplicationsState(),
                new SupplementState(), new EvaluationState(), new QueueState(), new BookingState(), new ConsultationState(),
                new AutoTourState(), new KioskState(), new PanoramaState(), new ViewpointArrivalState(),
                new FrameGrabber(), new ScriptState());
        this.options = options;
        this.api = api;
        this.audio = audio;
        this.hall = hall;
        this.startedNanos = startedNanos;
        // Baking the CJK atlas needs only AWT and the hall's text: it too runs while jME opens its window.
        this.font = hall.thenApplyAsync(loaded -> {
            long t0 = System.nanoTime();
            GlyphSet glyphs = new GlyphSet().add(HallText.all(loaded.hall())).add(EvaluationState.GRADES.toString());
            CjkFontFactory.Baked baked = new CjkFontFactory(FONT_PIXELS).bake(glyphs);
            LOG.info(() -> "CJK font baked: " + glyphs.size() + " glyphs in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            return baked;
        });
    }

    @Override
    public ClientContext context() {
        return context;
    }

    /** Nanos when main() started, for the cold-start measurement. */
    public long startedNanos() {
        return startedNanos;
    }

    /** Any error on the render thread ends the run: logged, and exit code 1 from {@link Main}. */
    @Override
    public void handleError(String errorMessage, Throwable t) {
        LOG.log(java.util.logging.Level.SEVERE, errorMessage, t);
        failed = true;
        if (options.headless()) {
            // jME does not always reach destroy() after an error during start-up; a scripted run must fail.
            System.exit(1);
        }
        stop();
    }

    public boolean failed() {
        return failed || (stateManager.getState(ScriptState.class) != null
                && stateManager.getState(ScriptState.class).failed());
    }

    /**
     * Lemur picks under the cursor in the GUI and, by default, in the 3D scene too: a ray through every merged floor
     * mesh each frame, after building each one's collision tree on the first frame. Nothing in the hall's 3D scene
     * takes clicks (the radar and panels are GUI), so only the GUI is picked.
     */
    private void pickGuiOnly() {
        PickState picks = stateManager.getState(PickState.class);
        picks.setIncludeDefaultCollisionRoots(false);
        picks.addCollisionRoot(guiViewPort, PickState.PICK_LAYER_GUI);
    }

    /**
     * The window's close button and Alt-F4 ask to close; a kiosk stays open (only the operator's PIN ends it, through
     * {@link KioskState}).
     */
    @Override
    public void requestClose(boolean esc) {
        KioskState kiosk = stateManager.getState(KioskState.class);
        if (kiosk != null && kiosk.holdsOpen()) {
            kiosk.closeRefused();
            return;
        }
        super.requestClose(esc);
    }

    /** The render thread ends here; a failed run exits with 1 so scripts and the launcher see it. */
    @Override
    public void destroy() {
        super.destroy();
        if (failed()) {
            LOG.severe("client stopped after a failure");
            System.exit(1);
        }
    }

    @Override
    public void simpleInitApp() {
        long t0 = System.nanoTime();
        LoadedHall loaded = hall.join();
        context = new ClientContext(new ClientModel(loaded.hall(), loaded.source(), loaded.banner(), new EventBus()),
                loaded.online() ? api : null, options, audio);
        context.setFont(CjkFontFactory.toFont(assetManager, font.join()));
        LOG.info(() -> "hall and CJK font ready after waiting " + (System.nanoTime() - t0) / 1_000_000 + " ms for them");
        GuiGlobals.initialize(this);
        pickGuiOnly();
        UiStyle.apply(context.font(), context.options().kiosk().on() ? UiStyle.kioskScale(cam.getHeight()) : 1f);
        setDisplayStatView(false);
        setDisplayFps(false);
        inputManager.setCursorVisible(true);
        flyCam = null;
    }
}
