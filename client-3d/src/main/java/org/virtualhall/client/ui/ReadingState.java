package org.virtualhall.client.ui;

import com.jme3.app.Application;
import com.jme3.input.KeyInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.KeyBindings;
import org.virtualhall.client.core.KeyedState;
import org.virtualhall.client.settings.Reading;
import org.virtualhall.client.settings.UserDirs;

/**
 * Reading help: F6 大字 (the 2D layer drawn larger, {@link ScreenLayout#LARGE_TEXT}), F7 高对比 ({@link Contrast}), F12 the
 * speech rate (慢速, 常速, 快速). Each is kept in the user's settings; {@code --large-text} and {@code --high-contrast} turn
 * the modes on for a run.
 */
public final class ReadingState extends KeyedState {

    private static final Logger LOG = Logger.getLogger(ReadingState.class.getName());

    private final Contrast contrast = new Contrast();
    private Path settings;

    @Override
    protected void setUp(Application app, KeyBindings keys) {
        settings = UserDirs.current().settingsFile();
        Reading saved = Reading.read(settings);
        model().setReading(saved.withLargeText(saved.largeText() || context().options().largeText())
                .withHighContrast(saved.highContrast() || context().options().highContrast()));
        report();
        keys.bind("reading.large", KeyInput.KEY_F6, () -> change(model().reading().withLargeText(!model().reading().largeText()),
                        model().reading().largeText() ? "已关闭大字模式" : "已打开大字模式"))
                .bind("reading.contrast", KeyInput.KEY_F7, () -> change(
                        model().reading().withHighContrast(!model().reading().highContrast()),
                        model().reading().highContrast() ? "已关闭高对比模式" : "已打开高对比模式"))
                .bind("reading.rate", KeyInput.KEY_F12, () -> {
                    Reading next = model().reading().nextRate();
                    change(next, "语速：" + next.rateName());
                });
    }

    private void change(Reading next, String said) {
        if (!next.highContrast() && model().reading().highContrast()) {
            contrast.restore();
        }
        model().setReading(next);
        report();
        try {
            next.save(settings);
        } catch (IOException e) {
            LOG.warning("cannot keep the reading settings in " + settings + ": " + e.getMessage());
        }
        publish(new Say(said));
    }

    private void report() {
        Reading r = model().reading();
        context().facts().put("reading.largeText", r.largeText());
        context().facts().put("reading.highContrast", r.highContrast());
        context().facts().put("reading.speechRate", r.speechRate());
    }

    @Override
    public void update(float tpf) {
        if (model().reading().highContrast()) {
            contrast.apply(app().getGuiNode());
        }
    }
}
