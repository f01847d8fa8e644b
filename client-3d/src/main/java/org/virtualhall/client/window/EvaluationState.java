package org.virtualhall.client.window;

import com.jme3.app.Application;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.virtualhall.client.api.ApiTypes.EvaluationReceipt;
import org.virtualhall.client.api.ApiTypes.EvaluationRequest;
import org.virtualhall.client.api.ApiTypes.EvaluationStats;
import org.virtualhall.client.api.ApiTypes.EvaluationSubject;
import org.virtualhall.client.apply.MyApplicationsState;
import org.virtualhall.client.core.ApiCall;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.OpenWindow;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.signin.SessionState;
import org.virtualhall.client.ui.PagedList;
import org.virtualhall.client.ui.PanelState;
import org.virtualhall.client.ui.UiStyle;
import org.virtualhall.model.evaluation.EvaluationGrades;

/**
 * 好差评 at a window: the window's published figures for its panel, and the review of one of the citizen's ended
 * cases — a grade (非常满意 … 非常不满意), reasons from that grade's list, sent through
 * {@code POST /api/submissions/{receipt}/evaluation} with a voice prompt for the outcome.
 */
public final class EvaluationState extends HallAppState {

    /** The grades and their reasons, from assets (the font bakes their characters too). */
    public static final EvaluationGrades GRADES = EvaluationGrades.fromClasspath();

    private EvaluationStats stats;
    private final ApiCall fetching = new ApiCall(this::getApplication);
    private final ApiCall pending = new ApiCall(this::getApplication);
    private String failure;
    /** The review being composed: the case, the grade chosen (0 none yet), the reasons ticked. */
    private MyApplicationsState.Ended reviewing;
    private int grade;
    private final Set<String> reasons = new LinkedHashSet<>();
    private String window;

    @Override
    protected void initialize(Application app) {
        on(OpenWindow.class, e -> refresh());
        on(VisitReset.class, e -> {
            pending.forget();
            reviewing = null;
        });
        ScriptState script = getState(ScriptState.class);
        script.register("evaluation-panel", c -> ScriptStep.now(() -> open(c.args().isEmpty() ? window : c.arg(0))));
        script.register("evaluation-grade", c -> ScriptStep.now(() -> choose(first(c.arg(0)), (int) c.number(1))));
        script.register("evaluation-reason", c -> ScriptStep.now(() -> toggle(c.rest(0))));
        script.register("evaluate", c -> {
            if (!send()) {
                throw new IllegalStateException(failure);
            }
            return tpf -> {
                if (!pending.idle()) {
                    return false;
                }
                if (failure != null) {
                    throw new IllegalStateException(failure);
                }
                return true;
            };
        });
        refresh();
    }

    /** The 评价 button of a window's panel, with the window's average grade; the full figures go into the facts. */
    public String button(String number) {
        line(number);
        Optional<EvaluationSubject> s = subject(number);
        return s.map(x -> String.format(Locale.ROOT, "评价（%.1f分）", x.average())).orElse("评价办件");
    }

    private Optional<EvaluationSubject> subject(String number) {
        return stats == null ? Optional.empty()
                : stats.windows().stream().filter(w -> w.code().equals(number) && w.reviews() > 0).findFirst();
    }

    /** The window's reviews, average grade and 满意率, or that it has none yet. */
    String line(String number) {
        String text = subject(number).map(x -> String.format(Locale.ROOT, "好差评：%d 条评价 · 平均 %.1f 分 · 满意率 %.1f%%",
                x.reviews(), x.average(), x.satisfiedRate())).orElse(stats == null ? "好差评：暂未获取" : "好差评：暂无评价");
        context().facts().put("window.evaluation", text);
        return text;
    }

    /** Fetches the published figures in the background; a window opened afterwards shows them. */
    private void refresh() {
        if (context().api() == null || !fetching.idle()) {
            return;
        }
        // Without the figures the window shows 暂未获取; the next window opened asks again.
        fetching.start(() -> context().api().evaluationStats(), got -> {
            stats = got;
            context().facts().put("evaluation.stats", String.valueOf(got.windows().size()));
        }, error -> { });
    }

    /** The review panel at a window: the citizen's ended cases, each with the five grades to choose from. */
    public void open(String number) {
        window = number;
        Container panel = UiStyle.panel();
        panel.addChild(new Label("办件评价" + (number == null ? "" : " · " + number + " 窗口"), UiStyle.TITLE, UiStyle.STYLE));
        List<MyApplicationsState.Ended> ended = getState(MyApplicationsState.class).ended();
        if (ended.isEmpty()) {
            panel.addChild(new Label("您还没有已办结的办件：办结、不予受理或不予批准后可以评价", UiStyle.STYLE));
        }
        List<Button> rows = new ArrayList<>();
        for (MyApplicationsState.Ended e : ended) {
            for (EvaluationGrades.Grade g : GRADES.grades()) {
                Button b = new Button(e.itemName() + "（" + e.receipt() + "）：" + g.grade() + " " + g.name(), UiStyle.STYLE);
                b.addClickCommands(x -> choose(e, g.grade()));
                rows.add(b);
            }
        }
        panel.addChild(new PagedList(rows));
        panel.addChild(new Button("关闭 (Esc)", UiStyle.STYLE)).addClickCommands(b -> getState(PanelState.class).close());
        getState(PanelState.class).open("evaluation", panel);
        context().facts().put("evaluation.ended", ended.stream().map(MyApplicationsState.Ended::receipt).toList());
        publish(new Say(ended.isEmpty() ? "您还没有可以评价的办件" : "请为您的办件评价，共" + ended.size() + "件"));
    }

    /** A grade chosen for a case: the grade's reasons to tick, and the button that sends the review. */
    private void choose(MyApplicationsState.Ended e, int chosen) {
        EvaluationGrades.Grade g = GRADES.grade(chosen).orElseThrow(() -> new IllegalArgumentException("no grade " + chosen));
        if (reviewing == null || !reviewing.equals(e) || grade != chosen) {
            reasons.clear();
        }
        reviewing = e;
        grade = chosen;
        Container panel = UiStyle.panel();
        panel.addChild(new Label("评价：" + e.itemName() + "（" + e.receipt() + "）", UiStyle.TITLE, UiStyle.STYLE));
        panel.addChild(new Label(g.grade() + " 分 · " + g.name() + (EvaluationGrades.bad(chosen) ? "（差评将转部门负责人整改并回访）" : ""),
                UiStyle.STYLE));
        panel.addChild(new Label("请选择原因（可多选）：", UiStyle.STYLE));
        List<Button> options = g.reasons().stream().map(r -> {
            Button b = new Button((reasons.contains(r) ? "√ " : "   ") + r, UiStyle.STYLE);
            b.addClickCommands(x -> toggle(r));
            return b;
        }).toList();
        panel.addChild(new PagedList(options));
        Container actions = panel.addChild(UiStyle.row());
        actions.addChild(new Button("提交评价", UiStyle.STYLE)).addClickCommands(b -> send());
        actions.addChild(new Button("重新选择", UiStyle.STYLE)).addClickCommands(b -> open(window));
        actions.addChild(new Button("关闭 (Esc)", UiStyle.STYLE)).addClickCommands(b -> getState(PanelState.class).close());
        getState(PanelState.class).open("evaluation-grade", panel);
        context().facts().put("evaluation.grade", g.name());
        context().facts().put("evaluation.reasons", List.copyOf(reasons));
    }

    private void toggle(String reason) {
        if (reviewing == null) {
            throw new IllegalStateException("请先选择评价等级");
        }
        if (!reasons.remove(reason)) {
            reasons.add(reason);
        }
        choose(reviewing, grade);
    }

    /** Sends the review composed; false, with the reason spoken, when it cannot go. */
    private boolean send() {
        if (!pending.idle()) {
            return fail("正在提交评价，请稍候");
        }
        failure = null;
        if (reviewing == null) {
            return fail("请先选择要评价的办件和等级");
        }
        if (context().api() == null) {
            return fail("离线模式无法评价，请连接政务服务网后再试");
        }
        String token = getState(SessionState.class).token();
        if (token == null) {
            return fail("请先实名登录，再评价");
        }
        MyApplicationsState.Ended e = reviewing;
        EvaluationRequest request = new EvaluationRequest(grade, List.copyOf(reasons), "");
        pending.start(() -> context().api().evaluate(e.receipt(), request, token), done -> finished(e, request, done),
                error -> fail("评价未成功：" + getState(SessionState.class).rejected(token, error).getMessage()));
        return true;
    }

    private void finished(MyApplicationsState.Ended e, EvaluationRequest request, EvaluationReceipt done) {
        reviewing = null;
        context().facts().put("evaluation." + e.receipt(), done.evaluation());
        getState(PanelState.class).close();
        publish(new Say(EvaluationGrades.bad(request.grade())
                ? "感谢您的评价。您的意见已转部门负责人整改，整改后会回访您"
                : "感谢您的评价"));
    }

    private MyApplicationsState.Ended first(String receipt) {
        return getState(MyApplicationsState.class).ended().stream()
                .filter(e -> "-".equals(receipt) || e.receipt().equals(receipt)).findFirst()
                .orElseThrow(() -> new IllegalStateException("没有可评价的办件 " + receipt));
    }

    private boolean fail(String reason) {
        failure = reason;
        context().facts().put("evaluation.error", reason);
        publish(new Say(reason));
        return false;
    }
}
