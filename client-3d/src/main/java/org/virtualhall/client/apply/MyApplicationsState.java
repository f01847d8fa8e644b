package org.virtualhall.client.apply;

import com.jme3.app.Application;
import com.jme3.input.KeyInput;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.virtualhall.client.api.ApiTypes.StatusEvent;
import org.virtualhall.client.api.ApiTypes.SubmissionView;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.core.HotkeyState;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.ui.PanelState;
import org.virtualhall.client.ui.UiStyle;
import org.virtualhall.model.submission.SubmissionStatus;

/**
 * 我的申请 (外网反馈): the submissions made in this session, polled at {@code /api/submissions/{receipt}};
 * each change of status is announced with a voice note and shown with its events. A submission waiting for a
 * correction shows the window's note and 「补交材料」 ({@link SupplementState}).
 */
public final class MyApplicationsState extends HotkeyState {

    private static final Logger LOG = Logger.getLogger(MyApplicationsState.class.getName());
    private static final float POLL_SECONDS = 3f;
    /** Event times as a citizen reads them: month, day and minute in this computer's time zone. */
    private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /** One tracked submission. */
    private record Tracked(String itemCode, String itemName, String token, SubmissionView view) {
    }

    /** A tracked submission waiting for 补正材料 the citizen has not handed in yet. */
    record Awaiting(String receipt, String itemName, String token, Correction correction) {
    }

    private final Map<String, Tracked> tracked = new LinkedHashMap<>();
    private float sincePoll;
    private CompletableFuture<?> polling;

    public MyApplicationsState() {
        super("myapplicationsstate.hotkey", KeyInput.KEY_F4);
    }

    @Override
    protected void setUp(Application app) {
        // The receipts and their tokens are the last citizen's: a kiosk's reset signs them out.
        on(VisitReset.class, e -> tracked.clear());
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

    public void track(String receipt, String itemCode, String itemName, String token, String status) {
        tracked.put(receipt, new Tracked(itemCode, itemName, token,
                new SubmissionView(receipt, itemCode, status, List.of())));
        record(receipt, status);
    }

    /** The given submission (null: the first one) if it waits for materials the citizen has not handed in. */
    Optional<Awaiting> awaiting(String receipt) {
        return tracked.entrySet().stream().filter(e -> receipt == null || e.getKey().equals(receipt))
                .flatMap(e -> correction(e.getValue()).filter(c -> !c.supplied())
                        .map(c -> new Awaiting(e.getKey(), e.getValue().itemName(), e.getValue().token(), c)).stream())
                .findFirst();
    }

    /** Polls at the next frame rather than after the usual pause (something was just handed in). */
    void refreshSoon() {
        sincePoll = POLL_SECONDS;
    }

    /** Shows the panel again with what changed, if it is open. */
    void reopen() {
        if ("applications".equals(getState(PanelState.class).openPanel())) {
            open();
        }
    }

    private Optional<Correction> correction(Tracked t) {
        return Correction.of(t.view(), model().hall().item(t.itemCode()).orElse(null));
    }

    /** How many submissions this visit tracks. */
    public int count() {
        return tracked.size();
    }

    public void open() {
        Container panel = UiStyle.panel();
        panel.addChild(new Label("我的申请", UiStyle.TITLE, UiStyle.STYLE));
        if (tracked.isEmpty()) {
            panel.addChild(new Label("本次还没有提交申请", UiStyle.STYLE));
        }
        tracked.forEach((receipt, t) -> {
            panel.addChild(new Label(t.itemName() + " · 回执号 " + receipt + " · " + label(t.view().status()), UiStyle.STYLE));
            Optional<Correction> correction = correction(t);
            for (StatusEvent e : t.view().events()) {
                // The correction card below shows the window's note in full; the timeline names the step only.
                boolean noteBelow = correction.isPresent() && correction.get().note().equals(e.note());
                String note = e.note() == null || e.note().isBlank() || noteBelow ? "" : "：" + e.note();
                Label line = panel.addChild(new Label("  " + shortTime(e.at()) + " " + e.step() + note, UiStyle.STYLE));
                line.setFontSize(15f);
                line.setMaxWidth(640);
            }
            correction.ifPresent(c -> addCorrection(panel, receipt, t, c));
        });
        getState(PanelState.class).open("applications", panel);
    }

    private void addCorrection(Container panel, String receipt, Tracked t, Correction c) {
        SupplementState supplements = getState(SupplementState.class);
        Awaiting awaiting = new Awaiting(receipt, t.itemName(), t.token(), c);
        CorrectionView.addTo(panel, c, supplements.draft(awaiting), new CorrectionView.Actions() {
            @Override
            public void choose(String material, Path file) {
                try {
                    supplements.choose(awaiting, material, file);
                } catch (RuntimeException e) {
                    publish(new Say("无法添加文件：" + e.getMessage()));
                }
            }

            @Override
            public void handIn() {
                supplements.handIn(receipt);
            }
        });
        context().facts().put("applications." + receipt + ".correction", c.requested());
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
        if (before == null) {
            return;
        }
        tracked.put(receipt, new Tracked(before.itemCode(), before.itemName(), before.token(), view));
        if (!view.status().equals(before.view().status())) {
            record(receipt, view.status());
            String note = view.events().isEmpty() ? "" : "，" + view.events().get(view.events().size() - 1).note();
            String todo = SubmissionStatus.CORRECTION_REQUESTED.name().equals(view.status()) ? "。请按F4打开我的申请，补交材料" : "";
            publish(new Say("您申请的" + before.itemName() + "有新进展：" + label(view.status()) + note + todo));
            reopen();
        } else if (!view.events().equals(before.view().events())) {
            newNotices(before.itemName(), before.view(), view).forEach(text -> publish(new Say(text)));
            reopen();
        }
    }

    /** What to say of notices that came since (events without a status, e.g. 补正材料未被接收): they change nothing else. */
    static List<String> newNotices(String itemName, SubmissionView before, SubmissionView now) {
        return now.events().stream().filter(e -> e.status() == null && !before.events().contains(e))
                .map(e -> "您申请的" + itemName + "：" + e.step() + "。" + e.note()).toList();
    }

    private void record(String receipt, String status) {
        context().facts().put("applications." + receipt, status);
    }

    @Override
    protected void onHotkey() {
        open();
    }

    /** An event's time for the panel; one the gateway wrote in another shape is shown as it came. */
    static String shortTime(String at) {
        if (at == null) {
            return "";
        }
        try {
            return SHORT_TIME.format(Instant.parse(at));
        } catch (DateTimeParseException e) {
            return at;
        }
    }
}
