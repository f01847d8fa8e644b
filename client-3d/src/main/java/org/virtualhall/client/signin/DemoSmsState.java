package org.virtualhall.client.signin;

import com.jme3.app.Application;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.SignedIn;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.ui.Fit;
import org.virtualhall.client.ui.UiStyle;
import org.virtualhall.launch.http.SmsOutbox;

/**
 * 演示短信: in the demo (option {@code --demo-sms-outbox FILE}) no phone receives the sign-in code, so the client
 * watches the local gateway's SMS outbox and shows the code sent to the mobile being signed in as a toast,
 * "【演示短信】发往 138****0000：验证码 123456". Scripted runs take the code from here. Without the option it does
 * nothing.
 */
public final class DemoSmsState extends HallAppState {

    private static final Logger LOG = Logger.getLogger(DemoSmsState.class.getName());
    private static final float POLL_SECONDS = 0.25f;
    private static final float SHOW_SECONDS = 60f;

    private final Map<String, String> received = new HashMap<>();
    private SmsOutbox outbox;
    private String expecting;
    private Container toast;
    private Label text;
    private float sincePoll;
    private float left;

    @Override
    protected void initialize(Application app) {
        Path file = context().options().demoSmsOutbox();
        if (file != null) {
            outbox = new SmsOutbox(file);
            LOG.info(() -> "demo: SMS codes are shown from " + file);
        }
        toast = UiStyle.panel();
        text = toast.addChild(new Label("", UiStyle.STYLE));
        text.setColor(UiStyle.ACCENT);
        text.setFontSize(24f);
        on(SignedIn.class, e -> {
            expecting = null;
            hide();
        });
        on(VisitReset.class, e -> {
            received.clear();
            expecting = null;
            hide();
        });
    }

    /** Whether codes can be read here (the demo's outbox was given). */
    public boolean enabled() {
        return outbox != null;
    }

    /** A code is about to be asked for this mobile: what the outbox holds for it from before is not that code. */
    void expect(String mobile) {
        if (outbox == null) {
            return;
        }
        read(mobile);
        received.remove(mobile);
        expecting = mobile;
    }

    /** Whether a code for the mobile was shown and not taken yet. */
    boolean shown(String mobile) {
        return received.containsKey(mobile);
    }

    /** The code last shown for the mobile, taken (a script types it in). */
    Optional<String> takeCode(String mobile) {
        return Optional.ofNullable(received.remove(mobile));
    }

    @Override
    public void update(float tpf) {
        if (left > 0 && (left -= tpf) <= 0) {
            hide();
        }
        if (left > 0) {
            Fit.place(toast, model().layout().bannerLine(), model().layout().scale(), Fit.Anchor.TOP_CENTRE, 40);
        }
        if (outbox == null || expecting == null || (sincePoll += tpf) < POLL_SECONDS) {
            return;
        }
        sincePoll = 0;
        read(expecting).ifPresent(code -> {
            received.put(expecting, code);
            show("【演示短信】发往 " + PersonView.mobile(expecting) + "：验证码 " + code);
        });
    }

    private Optional<String> read(String mobile) {
        try {
            return outbox.takeCode(mobile);
        } catch (UncheckedIOException e) {
            LOG.warning("cannot read the demo SMS outbox: " + e.getMessage());
            return Optional.empty();
        }
    }

    private void show(String message) {
        text.setText(message);
        context().facts().put("demoSms.shown", message);
        app().getGuiNode().attachChild(toast);
        left = SHOW_SECONDS;
    }

    private void hide() {
        toast.removeFromParent();
        left = 0;
    }
}
