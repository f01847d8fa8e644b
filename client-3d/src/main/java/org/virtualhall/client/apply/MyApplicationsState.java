package org.virtualhall.client.apply;

import com.jme3.app.Application;
import com.jme3.input.KeyInput;
import com.simsilica.lemur.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.virtualhall.client.api.ApiException;
import org.virtualhall.client.api.ApiTypes.MySubmission;
import org.virtualhall.client.api.ApiTypes.MySubmissions;
import org.virtualhall.client.api.ApiTypes.StatusEvent;
import org.virtualhall.client.api.ApiTypes.SubmissionView;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.SignedIn;
import org.virtualhall.client.core.HallEvents.SignedOut;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.core.HotkeyState;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.signin.SessionState;
import org.virtualhall.client.signin.SignInState;
import org.virtualhall.client.ui.PanelState;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.submission.SubmissionStatus;

/**
 * 我的申请 (外网反馈): the signed-in citizen's submissions, read from the gateway ({@code GET /api/submissions},
 * page by page) when they sign in or their kept session is renewed at start, and those they submit here. Those not
 * finished are polled at {@code /api/submissions/{receipt}}; each change of status is announced with a voice note.
 * A submission waiting for a correction shows the window's note and 「补交材料」 ({@link SupplementState}). Any
 * receipt can be looked up; someone else's answers like an unknown one. Signing out clears the list.
 */
public final class MyApplicationsState extends HotkeyState {

    private static final Logger LOG = Logger.getLogger(MyApplicationsState.class.getName());
    private static final float POLL_SECONDS = 3f;
    private static final int PAGE_SIZE = 20;
    private static final Set<String> ENDED = Set.of("COMPLETED", "REFUSED", "REJECTED", "DELIVERED_TO_APPLICANT");
    /** Submissions read at sign-in; older ones are found by their receipt. */
    private static final int MOST_RESTORED = 100;
    /** Unfinished submissions polled each round, newest first. */
    private static final int MOST_POLLED = 10;
    private static final double SCRIPT_WAIT_SECONDS = 120;

    /**
     * One submission of the citizen; {@code seen} once its timeline was read (a restored one is not announced
     * before, only what changes after).
     */
    private record Tracked(String itemCode, String itemName, SubmissionView view, StatusEvent last, boolean seen) {
    }

    /** A submission waiting for 补正材料 the citizen has not handed in yet. */
    record Awaiting(String receipt, String itemName, Correction correction) {
    }

    private Map<String, Tracked> tracked = new LinkedHashMap<>();
    private long total;
    private float sincePoll;
    private CompletableFuture<?> polling;
    private CompletableFuture<?> restoring;
    private CompletableFuture<?> looking;
    private Lookup lookup;
    private int generation;

    public MyApplicationsState() {
        super("myapplicationsstate.hotkey", KeyInput.KEY_F4);
    }

    @Override
    protected void setUp(Application app) {
        on(SignedIn.class, e -> restore());
        on(SignedOut.class, e -> forget());
        // A kiosk's reset: the receipts are the last citizen's, whether or not the session's end already dropped them.
        on(VisitReset.class, e -> forget());
        ScriptState script = getState(ScriptState.class);
        script.register("my-applications", c -> {
            open();
            return ScriptStep.within(SCRIPT_WAIT_SECONDS, "my applications from the gateway", tpf -> restoring == null);
        });
        script.register("lookup", c -> {
            lookup(c.arg(0));
            return ScriptStep.within(SCRIPT_WAIT_SECONDS, "the lookup of " + c.arg(0), tpf -> looking == null);
        });
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

    /** A submission that has ended (办结, 不予受理, 不予批准, 送达): what its applicant may review (好差评). */
    public record Ended(String receipt, String itemCode, String itemName) {
    }

    /** The tracked submissions that have ended, newest first. */
    public List<Ended> ended() {
        return tracked.entrySet().stream()
                .filter(e -> ENDED.contains(e.getValue().view().status()))
                .map(e -> new Ended(e.getKey(), e.getValue().itemCode(), e.getValue().itemName())).toList();
    }

    /** A submission just made here: first in the list. */
    public void track(String receipt, String itemCode, String itemName, String status) {
        Map<String, Tracked> next = new LinkedHashMap<>();
        next.put(receipt, new Tracked(itemCode, itemName, new SubmissionView(receipt, itemCode, status, List.of()), null, true));
        tracked.forEach(next::putIfAbsent);
        tracked = next;
        total++;
        record(receipt, itemName, status);
    }

    /** Reads the citizen's submissions from the gateway, page by page, newest first. */
    private void restore() {
        forget();
        String token = session().token();
        int round = generation;
        restoring = CompletableFuture.supplyAsync(() -> {
            List<MySubmission> all = new ArrayList<>();
            long count = 0;
            for (int page = 0; all.size() < MOST_RESTORED; page++) {
                MySubmissions one = context().api().mySubmissions(token, page, PAGE_SIZE);
                all.addAll(one.items());
                count = one.total();
                if (one.items().size() < PAGE_SIZE || all.size() >= count) {
                    break;
                }
            }
            return Map.entry(count, all);
        }).whenComplete((found, error) -> getApplication().enqueue(() -> {
            if (round != generation) {
                return;
            }
            restoring = null;
            if (error != null) {
                failed(token, error, "读取我的申请未成功");
                return;
            }
            restored(found.getKey(), found.getValue());
        }));
        reopen();
    }

    private void restored(long count, List<MySubmission> found) {
        found.forEach(s -> tracked.putIfAbsent(s.receipt(), new Tracked(s.itemCode(), itemName(s),
                new SubmissionView(s.receipt(), s.itemCode(), s.status(), List.of()),
                s.lastEvent() == null ? null : new StatusEvent(s.lastEvent().at(), s.lastEvent().step(), s.lastEvent().note(), null),
                false)));
        total = Math.max(count, tracked.size());
        tracked.forEach((receipt, t) -> record(receipt, t.itemName(), t.view().status()));
        context().facts().put("applications.restored", found.size());
        LOG.info(() -> "restored " + found.size() + " of " + count + " submissions from the gateway");
        if (!found.isEmpty()) {
            publish(new Say("已为您找到" + count + "笔申请，可按F4查看办理进度"));
        }
        sincePoll = POLL_SECONDS;
        reopen();
    }

    private String itemName(MySubmission s) {
        if (s.itemName() != null) {
            return s.itemName();
        }
        return model().hall().item(s.itemCode()).map(Item::name).orElse(s.itemCode());
    }

    /** Signed out (or another citizen signs in): nothing of the last one stays on screen. */
    private void forget() {
        generation++;
        tracked = new LinkedHashMap<>();
        total = 0;
        lookup = null;
        restoring = null;
        polling = null;
        looking = null;
        context().facts().put("applications.shown", List.of());
        reopen();
    }

    /** 受理编号查询: the citizen's own submission with its timeline, or 没有找到这笔申报. */
    public void lookup(String receipt) {
        if (receipt.isBlank()) {
            return;
        }
        SessionState session = session();
        if (!session.signedIn()) {
            getState(SignInState.class).open("登录后查询申请", () -> lookup(receipt));
            return;
        }
        String token = session.token();
        int round = generation;
        looking = CompletableFuture.supplyAsync(() -> context().api().status(receipt, token))
                .whenComplete((view, error) -> getApplication().enqueue(() -> {
                    if (round != generation) {
                        return;
                    }
                    looking = null;
                    lookup = error == null ? Lookup.found(receipt, view) : notFound(receipt, token, error);
                    context().facts().put("lookup." + receipt, lookup.outcome());
                    publish(new Say(lookup.found() != null ? "受理编号" + receipt + "：" + ApplicationsView.label(view.status())
                            : lookup.text()));
                    open();
                }));
    }

    private Lookup notFound(String receipt, String token, Throwable error) {
        ApiException e = ApiException.of(error);
        if (e.status() == 404) {
            return Lookup.missing(receipt, Lookup.NOT_FOUND);
        }
        session().rejected(token, e);
        return Lookup.missing(receipt, "查询未成功：" + e.getMessage());
    }

    /** The given submission (null: the first one) if it waits for materials the citizen has not handed in. */
    Optional<Awaiting> awaiting(String receipt) {
        return tracked.entrySet().stream().filter(e -> receipt == null || e.getKey().equals(receipt))
                .flatMap(e -> correction(e.getValue()).filter(c -> !c.supplied())
                        .map(c -> new Awaiting(e.getKey(), e.getValue().itemName(), c)).stream())
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
        return t.seen() ? Correction.of(t.view(), model().hall().item(t.itemCode()).orElse(null)) : Optional.empty();
    }

    /** How many submissions this visit tracks. */
    public int count() {
        return tracked.size();
    }

    public void open() {
        ApplicationsView.Actions actions = new ApplicationsView.Actions() {
            @Override
            public void signIn() {
                getState(SignInState.class).open("登录后查看我的申请", MyApplicationsState.this::open);
            }

            @Override
            public void lookup(String receipt) {
                MyApplicationsState.this.lookup(receipt);
            }
        };
        if (!session().signedIn()) {
            getState(PanelState.class).open("applications", ApplicationsView.signedOut(actions));
            return;
        }
        List<ApplicationsView.Line> lines = new ArrayList<>();
        tracked.forEach((receipt, t) -> lines.add(new ApplicationsView.Line(receipt, t.itemName(), t.view().status(), last(t))));
        context().facts().put("applications.shown", lines.stream().limit(ApplicationsView.SHOWN)
                .map(l -> l.itemName() + " · " + l.receipt() + " · " + ApplicationsView.label(l.status())).toList());
        ApplicationsView view = ApplicationsView.of(lines, (int) total, restoring != null,
                (panel, receipt) -> correction(tracked.get(receipt)).ifPresent(c -> addCorrection(panel, receipt, tracked.get(receipt), c)),
                lookup, actions);
        getState(PanelState.class).open("applications", view.panel());
    }

    /** The latest step to show: from the timeline once read, else the one the list gave; a note the card shows is left out. */
    private StatusEvent last(Tracked t) {
        List<StatusEvent> events = t.view().events();
        StatusEvent last = events.isEmpty() ? t.last() : events.get(events.size() - 1);
        Optional<Correction> correction = correction(t);
        if (last != null && correction.isPresent() && correction.get().note().equals(last.note())) {
            return new StatusEvent(last.at(), last.step(), null, last.status());
        }
        return last;
    }

    private void addCorrection(Container panel, String receipt, Tracked t, Correction c) {
        SupplementState supplements = getState(SupplementState.class);
        Awaiting awaiting = new Awaiting(receipt, t.itemName(), c);
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

    @Override
    public void update(float tpf) {
        sincePoll += tpf;
        SessionState session = session();
        if (sincePoll < POLL_SECONDS || polling != null || restoring != null || tracked.isEmpty() || !session.signedIn()) {
            return;
        }
        sincePoll = 0;
        String token = session.token();
        int round = generation;
        List<String> unfinished = tracked.entrySet().stream().filter(e -> !finished(e.getValue().view().status()))
                .limit(MOST_POLLED).map(Map.Entry::getKey).toList();
        polling = CompletableFuture.runAsync(() -> {
            for (String receipt : unfinished) {
                SubmissionView view = context().api().status(receipt, token);
                getApplication().enqueue(() -> {
                    if (round == generation) {
                        changed(receipt, view);
                    }
                });
            }
        }).whenComplete((v, error) -> getApplication().enqueue(() -> {
            if (round != generation) {
                return;
            }
            polling = null;
            if (error != null) {
                failed(token, error, null);
            }
        }));
    }

    private static boolean finished(String status) {
        try {
            return SubmissionStatus.valueOf(status).isFinal();
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** A call refused for its token goes to the session (renewed, or the citizen signs in again); the rest is said. */
    private void failed(String token, Throwable error, String what) {
        ApiException e = ApiException.of(error);
        if (e.status() == 401) {
            session().rejected(token, e);
        } else if (what != null) {
            publish(new Say(what + "：" + e.getMessage()));
        } else {
            LOG.fine(() -> "status not available: " + e.getMessage());
        }
    }

    private void changed(String receipt, SubmissionView view) {
        Tracked before = tracked.get(receipt);
        if (before == null) {
            return;
        }
        tracked.put(receipt, new Tracked(before.itemCode(), before.itemName(), view, before.last(), true));
        if (!before.seen()) {
            record(receipt, before.itemName(), view.status());
            reopen();
        } else if (!view.status().equals(before.view().status())) {
            record(receipt, before.itemName(), view.status());
            String note = view.events().isEmpty() ? "" : "，" + view.events().get(view.events().size() - 1).note();
            String todo = SubmissionStatus.CORRECTION_REQUESTED.name().equals(view.status()) ? "。请按F4打开我的申请，补交材料" : "";
            publish(new Say("您申请的" + before.itemName() + "有新进展：" + ApplicationsView.label(view.status()) + note + todo));
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

    private void record(String receipt, String itemName, String status) {
        context().facts().put("applications." + receipt, status);
        context().facts().put("applications." + receipt + ".item", itemName);
    }

    private SessionState session() {
        return getState(SessionState.class);
    }

    @Override
    protected void onHotkey() {
        open();
    }
}
