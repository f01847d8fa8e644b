package org.virtualhall.client.apply;

import com.jme3.app.Application;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Checkbox;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.TextField;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.virtualhall.client.api.ApiException;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.api.ApiTypes.Receipt;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.StartApplication;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.ui.PanelState;
import org.virtualhall.client.ui.UiStyle;
import org.virtualhall.model.catalog.FormField;
import org.virtualhall.model.catalog.Material;

/**
 * 智能交互, the application wizard: fill the item's form, tick materials and attach files, sign in as the
 * applicant, submit to {@code /api/submissions}, get the receipt. Each step is checked before the next,
 * with the reason spoken and shown.
 */
public final class WizardState extends HallAppState {

    static final String[] STEPS = {"填写申请表", "准备材料", "申请人登录", "提交申请"};

    private ApplicationDraft draft;
    private int step;
    private final Map<String, TextField> inputs = new HashMap<>();
    private Label message;
    private CompletableFuture<?> pending;

    @Override
    protected void initialize(Application app) {
        on(StartApplication.class, e -> start(e.itemCode()));
        ScriptState script = getState(ScriptState.class);
        script.register("apply", c -> ScriptStep.now(() -> start(c.arg(0))));
        script.register("fill", c -> ScriptStep.now(() -> {
            draft.form.put(c.arg(0), c.rest(1));
            render();
        }));
        script.register("fill-sample", c -> ScriptStep.now(() -> {
            if (draft != null) {
                draft.item.form().forEach(f -> draft.form.put(f.key(), SampleValues.of(f)));
                render();
            }
        }));
        script.register("tick", c -> ScriptStep.now(() -> {
            if (draft == null) {
                return;
            }
            draft.item.materials().stream().filter(m -> c.arg(0).equals("all") || m.name().equals(c.rest(0)))
                    .forEach(m -> draft.ticked.add(m.name()));
            render();
        }));
        script.register("attach", c -> ScriptStep.now(() -> attach(Path.of(c.rest(0)))));
        script.register("login", c -> ScriptStep.now(() -> {
            draft.applicant = new Credentials(c.arg(0), c.arg(1), c.arg(2));
            render();
        }));
        script.register("next", c -> ScriptStep.now(() -> {
            if (draft != null) {
                expectNext();
            }
        }));
        script.register("submit", c -> {
            if (!next()) {
                throw new IllegalStateException(message.getText());
            }
            return tpf -> pending == null;
        });
    }

    public void start(String itemCode) {
        draft = new ApplicationDraft(model().hall().item(itemCode)
                .orElseThrow(() -> new IllegalArgumentException("no item " + itemCode)));
        step = 0;
        render();
        publish(new Say("开始在线申请" + draft.item.name() + "，第一步，" + STEPS[0]));
    }

    private void expectNext() {
        if (!next()) {
            throw new IllegalStateException(message.getText());
        }
    }

    /** Checks the step; moves on when it is complete. False (with the reason shown and spoken) otherwise. */
    public boolean next() {
        readInputs();
        List<FieldProblem> problems = switch (step) {
            case 0 -> ApplicationCheck.form(draft.item, draft.form);
            case 1 -> ApplicationCheck.materials(draft.item, draft.ticked);
            case 2 -> ApplicationCheck.applicant(draft.applicant);
            default -> List.of();
        };
        if (!problems.isEmpty()) {
            render();
            message.setText(problems.get(0).reason() + (problems.size() > 1 ? "（另有" + (problems.size() - 1) + "处）" : ""));
            context().facts().put("wizard.problem", problems.get(0).field());
            publish(new Say(problems.get(0).reason()));
            return false;
        }
        if (step == 2) {
            signInAndSubmit();
        } else {
            step++;
            render();
            publish(new Say("第" + (step + 1) + "步，" + STEPS[step]));
        }
        return true;
    }

    private void signInAndSubmit() {
        if (context().api() == null) {
            message.setText("离线模式无法提交，请连接政务服务网后再试");
            publish(new Say("离线模式无法提交申请"));
            return;
        }
        message.setText("正在提交…");
        pending = CompletableFuture.supplyAsync(() -> {
            String token = context().api().token(draft.applicant).token();
            Receipt receipt = context().api().submit(draft.toRequest(), token);
            return Map.entry(receipt, token);
        }).whenComplete((done, error) -> getApplication().enqueue(() -> {
            pending = null;
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                String field = cause instanceof ApiException a && a.field() != null ? "（" + a.field() + "）" : "";
                message.setText("提交未成功：" + cause.getMessage() + field);
                context().facts().put("wizard.error", cause.getMessage());
                publish(new Say("提交未成功，" + cause.getMessage()));
                return;
            }
            step = 3;
            render();
            message.setText("申请已提交，受理回执号：" + done.getKey().receipt());
            context().facts().put("wizard.receipt", done.getKey().receipt());
            getState(MyApplicationsState.class).track(done.getKey().receipt(), draft.item.name(), done.getValue(),
                    done.getKey().status());
            publish(new Say("申请已提交，请记好回执号"));
        }));
    }

    private void attach(Path file) {
        draft.attachments.add(Attachments.read(file));
        render();
    }

    private void readInputs() {
        if (draft == null) {
            throw new IllegalStateException("no application started");
        }
        inputs.forEach((key, field) -> {
            if (key.startsWith("applicant.")) {
                Credentials a = draft.applicant;
                String v = field.getText().strip();
                draft.applicant = switch (key) {
                    case "applicant.name" -> new Credentials(v, a.idNumber(), a.mobile());
                    case "applicant.idNumber" -> new Credentials(a.name(), v, a.mobile());
                    default -> new Credentials(a.name(), a.idNumber(), v);
                };
            } else {
                draft.form.put(key, field.getText().strip());
            }
        });
    }

    private void render() {
        inputs.clear();
        Container panel = UiStyle.panel();
        panel.addChild(new Label("在线申请 · " + draft.item.name(), UiStyle.TITLE, UiStyle.STYLE));
        panel.addChild(new Label(stepLine(), UiStyle.STYLE)).setFontSize(16f);
        switch (step) {
            case 0 -> draft.item.form().forEach(f -> field(panel, f.key(), label(f), draft.form.getOrDefault(f.key(), "")));
            case 1 -> materials(panel);
            case 2 -> {
                field(panel, "applicant.name", "姓名 *", draft.applicant.name());
                field(panel, "applicant.idNumber", "身份证号码 *", draft.applicant.idNumber());
                field(panel, "applicant.mobile", "手机号码 *", draft.applicant.mobile());
            }
            default -> panel.addChild(new Label("可在“我的申请”(F4) 查看办理进度", UiStyle.STYLE));
        }
        message = panel.addChild(new Label("", UiStyle.STYLE));
        message.setColor(UiStyle.ACCENT);
        Container buttons = panel.addChild(UiStyle.row());
        if (step < 3) {
            buttons.addChild(new Button(step == 2 ? "登录并提交" : "下一步", UiStyle.STYLE)).addClickCommands(b -> next());
        }
        buttons.addChild(new Button("关闭", UiStyle.STYLE), 1).addClickCommands(b -> getState(PanelState.class).close());
        getState(PanelState.class).open("wizard", panel);
        context().facts().put("wizard.step", step);
    }

    private String stepLine() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < STEPS.length; i++) {
            s.append(i == step ? "【" + (i + 1) + " " + STEPS[i] + "】" : " " + (i + 1) + " " + STEPS[i] + " ");
        }
        return s.toString();
    }

    private static String label(FormField f) {
        String hint = f.options().isEmpty() ? "" : "（" + String.join("/", f.options()) + "）";
        return f.label() + hint + (f.required() ? " *" : "");
    }

    private void field(Container panel, String key, String label, String value) {
        Container row = panel.addChild(UiStyle.row());
        Label name = row.addChild(new Label(label, UiStyle.STYLE));
        name.setPreferredSize(new com.jme3.math.Vector3f(260, 30, 0));
        TextField input = row.addChild(new TextField(value, UiStyle.STYLE), 1);
        input.setPreferredWidth(320);
        inputs.put(key, input);
    }

    private void materials(Container panel) {
        for (Material m : draft.item.materials()) {
            Checkbox box = panel.addChild(new Checkbox(m.name() + (m.required() ? " *" : "（视情况）"), UiStyle.STYLE));
            box.setChecked(draft.ticked.contains(m.name()));
            box.addClickCommands(b -> {
                if (box.isChecked()) {
                    draft.ticked.add(m.name());
                } else {
                    draft.ticked.remove(m.name());
                }
            });
        }
        panel.addChild(new Label("附件：" + (draft.attachments.isEmpty() ? "无"
                : String.join("、", draft.attachments.stream().map(u -> u.name()).toList())), UiStyle.STYLE));
        Container row = panel.addChild(UiStyle.row());
        TextField path = row.addChild(new TextField("", UiStyle.STYLE));
        path.setPreferredWidth(420);
        row.addChild(new Button("添加附件（文件路径）", UiStyle.STYLE), 1).addClickCommands(b -> {
            try {
                attach(Path.of(path.getText().strip()));
            } catch (RuntimeException e) {
                message.setText("无法添加附件：" + e.getMessage());
            }
        });
    }
}
