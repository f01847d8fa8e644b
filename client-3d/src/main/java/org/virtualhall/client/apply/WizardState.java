package org.virtualhall.client.apply;

import com.jme3.app.Application;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.virtualhall.client.api.ApiException;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.api.ApiTypes.Receipt;
import org.virtualhall.client.api.ApiTypes.SubmissionRequest;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.StartApplication;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.ui.PanelState;

/**
 * 智能交互, the application wizard: fill the item's form, tick materials and attach files, sign in as the
 * applicant, submit to {@code /api/submissions}, get the receipt. Each step is checked before the next,
 * with the reason spoken and shown.
 */
public final class WizardState extends HallAppState {

    static final String[] STEPS = {"填写申请表", "准备材料", "申请人登录", "提交申请"};

    private ApplicationDraft draft;
    private int step;
    private WizardView view;
    private CompletableFuture<?> pending;

    @Override
    protected void initialize(Application app) {
        on(StartApplication.class, e -> start(e.itemCode()));
        on(VisitReset.class, e -> {
            draft = null;
            view = null;
            step = 0;
            pending = null;
        });
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
                throw new IllegalStateException(view.message());
            }
            return tpf -> pending == null;
        });
    }

    /** Whether an application is being filled in. */
    public boolean drafting() {
        return draft != null;
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
            throw new IllegalStateException(view.message());
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
            view.message(problems.get(0).reason() + (problems.size() > 1 ? "（另有" + (problems.size() - 1) + "处）" : ""));
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
            view.message("离线模式无法提交，请连接政务服务网后再试");
            publish(new Say("离线模式无法提交申请"));
            return;
        }
        view.message("正在提交…");
        SubmissionRequest request = draft.toRequest();
        String key = draft.idempotencyKey(request);
        ApplicationDraft submitted = draft;
        pending = CompletableFuture.supplyAsync(() -> {
            String token = context().api().token(request.applicant()).token();
            Receipt receipt = context().api().submit(request, token, key);
            return Map.entry(receipt, token);
        }).whenComplete((done, error) -> getApplication().enqueue(() -> {
            if (draft != submitted) {
                return;
            }
            pending = null;
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                String field = cause instanceof ApiException a && a.field() != null ? "（" + a.field() + "）" : "";
                view.message("提交未成功：" + cause.getMessage() + field);
                context().facts().put("wizard.error", cause.getMessage());
                publish(new Say("提交未成功，" + cause.getMessage()));
                return;
            }
            step = 3;
            render();
            view.message("申请已提交，受理回执号：" + done.getKey().receipt());
            context().facts().put("wizard.receipt", done.getKey().receipt());
            getState(MyApplicationsState.class).track(done.getKey().receipt(), draft.item.code(), draft.item.name(),
                    done.getValue(), done.getKey().status());
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
        if (view != null) {
            view.readInto(draft);
        }
    }

    private void render() {
        view = new WizardView(draft, step, new WizardView.Actions() {
            @Override
            public void next() {
                WizardState.this.next();
            }

            @Override
            public void close() {
                getState(PanelState.class).close();
            }

            @Override
            public void attach(Path file) {
                WizardState.this.attach(file);
            }
        });
        getState(PanelState.class).open("wizard", view.panel());
        context().facts().put("wizard.step", step);
    }
}
