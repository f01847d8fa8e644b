package org.virtualhall.client.window;

import com.jme3.app.Application;
import com.jme3.input.KeyInput;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.GuiGlobals;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.TextField;
import com.simsilica.lemur.event.KeyAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.virtualhall.client.api.ApiTypes.Consultation;
import org.virtualhall.client.core.ApiCall;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.SignedIn;
import org.virtualhall.client.core.HallEvents.SignedOut;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.signin.SessionState;
import org.virtualhall.client.ui.PagedList;
import org.virtualhall.client.ui.PanelState;
import org.virtualhall.client.ui.UiStyle;
import org.virtualhall.model.catalog.Department;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.evaluation.EvaluationGrades;

/**
 * 咨询: a question about an item (to its department) or to a window's department, typed into the panel's field and
 * sent with Enter ({@code POST /api/consultations}); the citizen's questions with their state
 * ({@code GET /api/consultations}); the waiting ones asked after every few seconds ({@code GET /api/consultations/{id}}),
 * the department's answer spoken when it comes, and rated 1-5 ({@code POST /api/consultations/{id}/rating}).
 */
public final class ConsultationState extends HallAppState {

    private static final float POLL_SECONDS = 3f;
    private static final double SCRIPT_WAIT_SECONDS = 120;

    /** What the open panel asks about: an item (to its department) or, without one, a department. */
    private String itemCode;
    private String department;
    private Container panel;
    private Label title;
    private TextField question;
    private Container list;
    private List<Consultation> mine = List.of();
    /** The last question asked here; the script waits for its answer and rates it. */
    private String lastId;
    /** The questions whose answer was spoken already, so a list fetched meanwhile does not repeat it. */
    private final Set<String> announced = new HashSet<>();
    private final ApiCall pending = new ApiCall(this::getApplication);
    private final ApiCall polling = new ApiCall(this::getApplication);
    private String failure;
    private float sincePoll;

    @Override
    protected void initialize(Application app) {
        panel = build();
        on(SignedIn.class, e -> load());
        on(SignedOut.class, e -> forget());
        on(VisitReset.class, e -> forget());
        ScriptState script = getState(ScriptState.class);
        script.register("consult-item", c -> {
            aboutItem(c.arg(0));
            return ScriptStep.within(SCRIPT_WAIT_SECONDS, "the questions", tpf -> pending.idle());
        });
        script.register("consult-department", c -> {
            aboutDepartment(c.arg(0));
            return ScriptStep.within(SCRIPT_WAIT_SECONDS, "the questions", tpf -> pending.idle());
        });
        script.register("wait-answer", c -> ScriptStep.within(c.args().isEmpty() ? SCRIPT_WAIT_SECONDS : c.number(0),
                "the answer", tpf -> last().filter(Consultation::answered).isPresent()));
        script.register("rate-answer", c -> {
            Consultation answered = last().filter(Consultation::answered)
                    .orElseThrow(() -> new IllegalStateException("no answered question to rate"));
            return untilDone(() -> rate(answered, (int) c.number(0)), "the rating");
        });
    }

    private ScriptStep untilDone(Supplier<Boolean> action, String what) {
        if (!action.get()) {
            throw new IllegalStateException(failure);
        }
        return ScriptStep.within(SCRIPT_WAIT_SECONDS, what, tpf -> {
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return pending.idle();
        });
    }

    /** The panel asking the item's department about the item. */
    public void aboutItem(String code) {
        Item item = model().hall().item(code).orElseThrow(() -> new IllegalArgumentException("no item " + code));
        open(code, null, item.name());
    }

    /** The panel asking a department (a window's) without an item. */
    public void aboutDepartment(String code) {
        String name = model().hall().department(code).map(Department::name).orElse(code);
        open(null, code, name);
    }

    private void open(String item, String dept, String name) {
        itemCode = item;
        department = dept;
        failure = null;
        title.setText("咨询 · " + name);
        question.setText("");
        showList();
        reopen();
        load();
        publish(new Say("请输入您要咨询" + name + "的问题，按回车提交"));
    }

    /** The question panel again, with the keyboard in its field. */
    private void reopen() {
        getState(PanelState.class).open("consultation", panel);
        GuiGlobals.getInstance().requestFocus(question);
    }

    /** The question panel, built once: the field keeps the keyboard while the list below it is refreshed. */
    private Container build() {
        Container built = UiStyle.panel();
        title = built.addChild(new Label("咨询", UiStyle.TITLE, UiStyle.STYLE));
        built.addChild(new Label("请输入您的问题（Enter 提交，部门将在 2 个工作日内答复）：", UiStyle.STYLE));
        Container row = built.addChild(UiStyle.row());
        question = row.addChild(new TextField("", UiStyle.STYLE));
        question.setPreferredWidth(UiStyle.scaled(420));
        question.getActionMap().put(new KeyAction(KeyInput.KEY_RETURN), (source, key) -> ask());
        row.addChild(new Button("提交咨询", UiStyle.STYLE)).addClickCommands(b -> ask());
        list = built.addChild(new Container(UiStyle.STYLE));
        built.addChild(new Button("关闭 (Esc)", UiStyle.STYLE)).addClickCommands(b -> getState(PanelState.class).close());
        return built;
    }

    /** The citizen's questions with their state and answers, under the field. */
    private void showList() {
        list.clearChildren();
        List<Button> rows = new ArrayList<>();
        for (Consultation c : mine) {
            Button b = new Button(line(c), UiStyle.STYLE);
            b.addClickCommands(x -> answer(c));
            rows.add(b);
        }
        list.addChild(new Label(mine.isEmpty() ? "您还没有咨询过问题" : "我的咨询 " + mine.size() + " 条（点击查看答复并评价）：", UiStyle.STYLE));
        list.addChild(new PagedList(rows));
    }

    private static String line(Consultation c) {
        String state = !c.answered() ? "待答复" : c.rating() > 0 ? "已答复 · 已评 " + c.rating() + " 分" : "已答复 · 待评价";
        return "问：" + c.question() + "（" + state + "）";
    }

    /** One answered question: the answer and the five grades to rate it with. */
    private void answer(Consultation c) {
        Container panel = UiStyle.panel();
        panel.addChild(new Label("咨询答复", UiStyle.TITLE, UiStyle.STYLE));
        panel.addChild(new Label("问：" + c.question(), UiStyle.STYLE));
        panel.addChild(new Label(c.answered() ? "答：" + c.answer() : "部门尚未答复，答复后会为您播报", UiStyle.STYLE));
        if (c.answered() && c.rating() == 0) {
            Container grades = panel.addChild(UiStyle.row());
            for (EvaluationGrades.Grade g : EvaluationState.GRADES.grades()) {
                grades.addChild(new Button(g.grade() + " " + g.name(), UiStyle.STYLE)).addClickCommands(b -> rate(c, g.grade()));
            }
        } else if (c.rating() > 0) {
            panel.addChild(new Label("您的评价：" + c.rating() + " 分", UiStyle.STYLE));
        }
        Container actions = panel.addChild(UiStyle.row());
        actions.addChild(new Button("返回咨询", UiStyle.STYLE)).addClickCommands(b -> reopen());
        actions.addChild(new Button("关闭 (Esc)", UiStyle.STYLE)).addClickCommands(b -> getState(PanelState.class).close());
        getState(PanelState.class).open("consultation-answer", panel);
    }

    /** Sends the question typed; false, with the reason spoken, when it cannot go. */
    private boolean ask() {
        String text = question.getText().strip();
        String token = begin(text.isEmpty() ? "请先输入您要咨询的问题" : null);
        if (token == null) {
            return false;
        }
        String item = itemCode;
        String dept = department;
        run(() -> context().api().ask(item, dept, text, token), token, "咨询未提交成功：", asked -> {
            lastId = asked.id();
            question.setText("");
            context().facts().put("consultation.id", asked.id());
            publish(new Say("您的咨询已提交，部门答复后会为您播报"));
            load();
        });
        return true;
    }

    /** Rates an answer; false, with the reason spoken, when it cannot go. */
    private boolean rate(Consultation c, int grade) {
        String token = begin(null);
        if (token == null) {
            return false;
        }
        run(() -> {
            context().api().rateAnswer(c.id(), grade, token);
            return c;
        }, token, "评价未成功：", rated -> {
            context().facts().put("consultation.rating", String.valueOf(grade));
            publish(new Say("感谢您对答复的评价"));
            load();
        });
        return true;
    }

    /** The citizen's token for a call, or null with the reason spoken (a problem of its own, offline, not signed in). */
    private String begin(String problem) {
        failure = null;
        if (!pending.idle()) {
            fail("正在提交，请稍候");
            return null;
        }
        String token = getState(SessionState.class).token();
        String reason = problem != null ? problem : context().api() == null ? "离线模式无法咨询，请连接政务服务网后再试"
                : token == null ? "请先实名登录，再咨询" : null;
        if (reason != null) {
            fail(reason);
            return null;
        }
        return token;
    }

    /** Runs a call off the render thread; its outcome, or the failure with {@code failed} before it, on the render thread. */
    private <T> void run(Supplier<T> call, String token, String failed, Consumer<T> done) {
        pending.start(call, done, error -> fail(failed + getState(SessionState.class).rejected(token, error).getMessage()));
    }

    /** Fetches the citizen's questions; the panel, if open, shows them. */
    private void load() {
        String token = getState(SessionState.class).token();
        if (token == null || context().api() == null || !pending.idle()) {
            return;
        }
        run(() -> context().api().consultations(token).items(), token, "查询咨询未成功：", this::loaded);
    }

    private void loaded(List<Consultation> got) {
        mine = List.copyOf(got);
        context().facts().put("consultation.mine", mine.stream().map(ConsultationState::line).toList());
        last().ifPresent(this::facts);
        showList();
    }

    /** Asks after the waiting questions every few seconds; an answer that came is spoken. */
    @Override
    public void update(float tpf) {
        sincePoll += tpf;
        List<Consultation> waiting = mine.stream().filter(c -> !c.answered()).toList();
        String token = getState(SessionState.class).token();
        if (waiting.isEmpty() || !polling.idle() || !pending.idle() || sincePoll < POLL_SECONDS || token == null
                || context().api() == null) {
            return;
        }
        sincePoll = 0;
        // A failed look is tried again at the next poll.
        polling.start(() -> waiting.stream().map(c -> context().api().consultation(c.id(), token)).toList(),
                now -> now.stream().filter(Consultation::answered).forEach(this::arrived), error -> { });
    }

    /** A department's answer came back: kept, shown when the panel is open, and spoken. */
    private void arrived(Consultation answered) {
        mine = mine.stream().map(c -> c.id().equals(answered.id()) ? answered : c).toList();
        context().facts().put("consultation.mine", mine.stream().map(ConsultationState::line).toList());
        if (answered.id().equals(lastId)) {
            facts(answered);
        }
        showList();
        context().facts().put("consultation.answer", answered.answer());
        if (announced.add(answered.id())) {
            publish(new Say("您咨询的问题“" + answered.question() + "”已答复：" + answered.answer()));
        }
    }

    private Optional<Consultation> last() {
        return mine.stream().filter(c -> c.id().equals(lastId)).findFirst();
    }

    private void facts(Consultation c) {
        context().facts().put("consultation.status", c.status());
    }

    private void forget() {
        mine = List.of();
        announced.clear();
        lastId = null;
        pending.forget();
        polling.forget();
        question.setText("");
        showList();
    }

    private boolean fail(String reason) {
        failure = reason;
        context().facts().put("consultation.error", reason);
        publish(new Say(reason));
        return false;
    }
}
