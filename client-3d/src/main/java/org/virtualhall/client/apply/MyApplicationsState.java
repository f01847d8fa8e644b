package org.virtualhall.client.apply;

import com.jme3.app.Application;
import com.jme3.input.KeyInput;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.virtualhall.client.api.ApiTypes.StatusEvent;
import org.virtualhall.client.api.ApiTypes.SubmissionView;
import org.virtualhall.client.core.HotkeyState;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.ui.PanelState;
import org.virtualhall.client.ui.UiStyle;
import org.virtualhall.model.submission.SubmissionStatus;

/**
 * 我的申请 (外网反馈): the submissions made in this session, polled at {@code /api/submissions/{receipt}};
 * each change of status is announced with a voice note and shown with its events.
 */
public final class MyApplicationsState extends HotkeyState {

    private static final Logger LOG = Logger.getLogger(MyApplicationsState.class.getName());
    private static final float POLL_SECONDS = 3f;

    /** One tracked submission. */
    private record Tracked(String itemName, String token, SubmissionView view) {
    }

    private final Map<String, Tracked> tracked = new LinkedHashMap<>();
    private float sincePoll;
    private CompletableFuture<?> polling;

    public MyApplicationsState() {
        super("myapplicationsstate.hotkey", KeyInput.KEY_F4);
    }

    @Override
    protected void setUp(Application app) {
        ScriptState script = getState(ScriptState.class);
        script.register("my-applications", c -> ScriptStep.now(this::open));
        script.register("wait-status", c -> {
            double[] left = {c.args().size() > 1 ? c.number(1) : 30};
            return tpf -> {
                if (tracked.values().stream().anyMatch(t -> c.arg(0).equals(t.view().status()))) {
                    return true;
                }
                if ((left[0] -= tpf) <= 0) {
                    throw new IllegalStateException("no application reached status " + c.arg(0));
                }
                return false;
            };
        });
    }

    public void track(String receipt, String itemName, String token, String status) {
        tracked.put(receipt, new Tracked(itemName, token, new SubmissionView(receipt, null, status, java.util.List.of())));
        record(receipt, status);
    }

    public void open() {
        Container panel = UiStyle.panel();
        panel.addChild(new Label("我的申请", UiStyle.TITLE, UiStyle.STYLE));
        if (tracked.isEmpty()) {
            panel.addChild(new Label("本次还没有提交申请", UiStyle.STYLE));
        }
        tracked.forEach((receipt, t) -> {
            panel.addChild(new Label(t.itemName() + " · 回执号 " + receipt + " · " + label(t.view().status()), UiStyle.STYLE));
            for (StatusEvent e : t.view().events()) {
                Label line = panel.addChild(new Label("  " + e.at() + " " + e.step() + (e.note() == null ? "" : "：" + e.note()),
                        UiStyle.STYLE));
                line.setFontSize(15f);
                line.setMaxWidth(640);
            }
        });
        getState(PanelState.class).open("applications", panel);
    }

    static String label(String status) {
        try {
            return SubmissionStatus.valueOf(status).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(status);
        }
    }

    @Override
    public void update(float tpf) {
        sincePoll += tpf;
        if (sincePoll < POLL_SECONDS || polling != null || tracked.isEmpty() || context().api() == null) {
            return;
        }
        sincePoll = 0;
        Map<String, Tracked> snapshot = Map.copyOf(tracked);
        polling = CompletableFuture.runAsync(() -> snapshot.forEach((receipt, t) -> {
            try {
                SubmissionView view = context().api().status(receipt, t.token());
                getApplication().enqueue(() -> changed(receipt, view));
            } catch (RuntimeException e) {
                LOG.fine(() -> "status of " + receipt + " not available: " + e.getMessage());
            }
        })).whenComplete((v, e) -> getApplication().enqueue(() -> polling = null));
    }

    private void changed(String receipt, SubmissionView view) {
        Tracked before = tracked.get(receipt);
        tracked.put(receipt, new Tracked(before.itemName(), before.token(), view));
        if (!view.status().equals(before.view().status())) {
            record(receipt, view.status());
            String note = view.events().isEmpty() ? "" : "，" + view.events().get(view.events().size() - 1).note();
            publish(new Say("您申请的" + before.itemName() + "有新进展：" + label(view.status()) + note));
            if ("applications".equals(getState(PanelState.class).openPanel())) {
                open();
            }
        }
    }

    private void record(String receipt, String status) {
        context().facts().put("applications." + receipt, status);
    }

    @Override
    protected void onHotkey() {
        open();
    }
}
