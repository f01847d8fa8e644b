package org.virtualhall.client.voice;

import com.jme3.app.Application;
import com.jme3.asset.plugins.FileLocator;
import com.jme3.audio.AudioData.DataType;
import com.jme3.audio.AudioNode;
import com.jme3.audio.AudioSource;
import com.jme3.input.KeyInput;
import com.simsilica.lemur.Button;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;
import org.virtualhall.client.core.HallEvents.RepeatPrompt;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.core.HotkeyState;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.ui.Fit;
import org.virtualhall.client.ui.ScreenLayout;
import org.virtualhall.client.ui.UiStyle;

/**
 * 语音播报: every {@link Say} becomes a caption, and, with voice on, Mandarin speech (pinyin → espeak-ng →
 * WAV → jME audio), one prompt after another. Without a sound device or without espeak-ng the client keeps
 * the captions and says once why there is no voice.
 */
public final class VoiceState extends HotkeyState {

    private static final Logger LOG = Logger.getLogger(VoiceState.class.getName());
    private static final int CAPTION_HISTORY = 100;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "voice");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Path> ready = new ArrayDeque<>();
    private final List<String> captions = new ArrayList<>();
    private CaptionBar caption;
    private Button toggle;
    private PinyinText pinyin;
    private EspeakSynth synth;
    private AudioNode playing;
    private boolean enabled = true;
    private boolean canSpeak;
    private int pendingJobs;
    /** Counts kiosk resets, so that speech made for the last visit is dropped. */
    private int visit;

    public VoiceState() {
        super("voice.toggle", KeyInput.KEY_V);
    }

    @Override
    protected void setUp(Application app) {
        caption = new CaptionBar();
        toggle = new Button("", UiStyle.STYLE);
        toggle.addClickCommands(b -> setVoice(!enabled));
        pinyin = PinyinText.fromClasspath();
        canSpeak = context().audio() && speechEngine();
        if (canSpeak) {
            Path dir = tempDirectory();
            synth = new EspeakSynth(dir);
            app.getAssetManager().registerLocator(dir.toString(), FileLocator.class);
        }
        context().facts().put("voice.audio", canSpeak);
        on(Say.class, e -> say(e.text()));
        on(RepeatPrompt.class, e -> repeat());
        on(VisitReset.class, e -> forget());
        ScriptState script = getState(ScriptState.class);
        script.register("say", c -> ScriptStep.now(() -> say(c.rest(0))));
        script.register("voice", c -> ScriptStep.now(() -> setVoice(c.arg(0).equals("on"))));
        script.register("wait-voice", c -> tpf -> ready.isEmpty() && playing == null && pendingJobs == 0);
        refreshToggle();
        say("欢迎来到" + model().hall().info().name());
    }

    private boolean speechEngine() {
        if (!EspeakSynth.available()) {
            LOG.warning("espeak-ng with the cmn-latn-pinyin voice is not installed: voice is shown as captions only");
            return false;
        }
        return true;
    }

    private static Path tempDirectory() {
        try {
            Path dir = Files.createTempDirectory("hall-voice");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for voice prompts", e);
        }
    }

    /** Shows the caption and, when voice is on, speaks it. */
    public void say(String text) {
        captions.add(text);
        if (captions.size() > CAPTION_HISTORY) {
            captions.remove(0);
        }
        context().facts().put("voice.captions", List.copyOf(captions));
        show(text);
    }

    /** The last prompt again (F8), shown and spoken as the first time, not added to the captions once more. */
    private void repeat() {
        if (captions.isEmpty()) {
            return;
        }
        context().facts().increment("voice.repeated");
        show(captions.get(captions.size() - 1));
    }

    /** The captions shown so far, oldest first (at most the last 100). */
    public List<String> captions() {
        return List.copyOf(captions);
    }

    private void show(String text) {
        caption.show(text);
        app().getGuiNode().attachChild(caption.panel());
        if (!enabled || !canSpeak) {
            return;
        }
        String spoken = pinyin.convert(text);
        int forVisit = visit;
        pendingJobs++;
        int rate = model().reading().speechRate();
        worker.submit(() -> synth.synthesize(spoken, rate).ifPresentOrElse(
                wav -> getApplication().enqueue(() -> {
                    pendingJobs--;
                    if (forVisit == visit) {
                        ready.add(wav);
                    }
                }),
                () -> getApplication().enqueue(() -> pendingJobs--)));
    }

    /** No captions, nothing queued or playing, and the spoken prompts deleted. */
    private void forget() {
        visit++;
        captions.clear();
        context().facts().put("voice.captions", List.of());
        caption.panel().removeFromParent();
        ready.clear();
        if (playing != null) {
            playing.stop();
            playing = null;
        }
        if (synth != null) {
            worker.submit(synth::forget);
        }
    }

    public void setVoice(boolean on) {
        enabled = on;
        if (!on && playing != null) {
            playing.stop();
        }
        refreshToggle();
        context().facts().put("voice.enabled", on);
    }

    private void refreshToggle() {
        toggle.setText(enabled ? "语音播报：开 (V)" : "语音播报：关 (V)");
    }

    @Override
    protected void onHotkey() {
        setVoice(!enabled);
    }

    @Override
    public void update(float tpf) {
        ScreenLayout layout = model().layout();
        context().facts().put("screen.caption", caption.panel().getParent() == null ? List.of() : caption.place(layout).toList());
        Fit.place(toggle, layout.voice(), layout.scale(), Fit.Anchor.TOP_RIGHT, 1);
        if (!caption.tick(tpf)) {
            caption.panel().removeFromParent();
        }
        if (playing != null && playing.getStatus() == AudioSource.Status.Stopped) {
            playing = null;
        }
        if (playing == null && !ready.isEmpty()) {
            play(ready.poll());
        }
    }

    private void play(Path wav) {
        AudioNode node = new AudioNode(getApplication().getAssetManager(), wav.getFileName().toString(), DataType.Buffer);
        node.setPositional(false);
        node.setVolume(1f);
        node.play();
        playing = node;
        context().facts().increment("voice.played");
    }

    @Override
    protected void release() {
        worker.shutdownNow();
        super.release();
    }

    @Override
    protected void onEnable() {
        super.onEnable();
        app().getGuiNode().attachChild(toggle);
    }

    @Override
    protected void onDisable() {
        toggle.removeFromParent();
        caption.panel().removeFromParent();
        super.onDisable();
    }
}
