package org.virtualhall.client.apply;

import com.jme3.app.Application;
import java.nio.file.Path;
import java.util.List;
import org.virtualhall.client.api.ApiException;
import org.virtualhall.client.api.ApiTypes.Receipt;
import org.virtualhall.client.api.ApiTypes.SubmissionRequest;
import org.virtualhall.client.core.ApiCall;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.ApplicationSubmitted;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.StartApplication;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.signin.SessionState;
import org.virtualhall.client.signin.SignInState;
import org.virtualhall.client.ui.PanelState;

/**
 * 智能交互, the application wizard: fill the item's form, tick materials and attach files, confirm the applicant —
 * the signed-in citizen; when no one is signed in the sign-in panel opens and the wizard submits once the citizen
 * has signed in — submit to {@code /api/submissions}, get the receipt. Each step is checked before the next, with
 * the reason spoken and shown.
 */
public final class WizardState extends HallAppState {

    static final String[] STEPS = {"填写申请表", "准备材料", "确认申请人", "提交申请"};
    private static final double SUBMIT_WAIT_SECONDS = 120;

    private ApplicationDraft draft;
    private int step;
    private WizardView view;
    private final ApiCall pending = new ApiCall(this::getApplication);
    private String failure;

    @Override
    protected void initialize(Application app) {
        on(StartApplication.class, e -> start(e.itemCode()));
        on(VisitReset.class, e -> {
            draft = null;
            view = null;
            step = 0;
            pending.forget();
            failure = null;
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
        script.register("next", c -> ScriptStep.now(() -> {
            if (draft != null) {
                expectNext();
            }
        }));
        script.register("submit", c -> {
            if (!next()) {
                throw new IllegalStateException(view.message());
            }
            return tpf -> pending.idle();
        });
        // After a submit that waited for the sign-in: until the receipt is there, failing when the gateway refused.
        script.register("wait-submitted", c -> ScriptStep.within(c.args().isEmpty() ? SUBMIT_WAIT_SECONDS : c.number(0),
                "the submission's receipt", tpf -> {
                    if (!pending.idle()) {
                        return false;
                    }
                    if (failure != null) {
                        throw new IllegalStateException(failure);
                    }
                    return step == 3;
                }));
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
            submit();
        } else {
            step++;
            render();
            publish(new Say("第" + (step + 1) + "步，" + STEPS[step]));
        }
        return true;
    }

    /** Submits as the signed-in citizen; when no one is signed in, asks them to sign in first and submits then. */
    private void submit() {
        failure = null;
        if (context().api() == null) {
            view.message("离线模式无法提交，请连接政务服务网后再试");
            publish(new Say("离线模式无法提交申请"));
            return;
        }
        SessionState session = getState(SessionState.class);
        if (!session.signedIn()) {
            view.message("请先实名登录，登录后即提交");
            context().facts().put("wizard.waitingForSignIn", true);
            publish(new Say("提交申请前请先实名登录"));
            getState(SignInState.class).open("登录后将提交“" + draft.item.name() + "”的申请", () -> {
                render();
                submit();
            });
            return;
        }
        String token = session.token();
        draft.applicant = session.person().orElseThrow();
        view.message("正在提交…");
        SubmissionRequest request = draft.toRequest();
        String key = draft.idempotencyKey(request);
        ApplicationDraft submitted = draft;
        // An answer for a draft no longer on screen (another application started) is dropped.
        pending.start(() -> context().api().submit(request, token, key), receipt -> {
            if (draft == submitted) {
                submitted(receipt);
            }
        }, error -> {
            if (draft == submitted) {
                refused(token, error);
            }
        });
    }

    private void refused(String token, Throwable error) {
        ApiException e = getState(SessionState.class).rejected(token, error);
        String field = e.field() != null ? "（" + e.field() + "）" : "";
        failure = "提交未成功：" + e.getMessage() + field;
        view.message(failure);
        context().facts().put("wizard.error", e.getMessage());
        publish(new Say("提交未成功，" + e.getMessage()));
    }

    private void submitted(Receipt receipt) {
        step = 3;
        render();
        view.message("申请已提交，受理编号：" + receipt.receipt());
        context().facts().put("wizard.receipt", receipt.receipt());
        getState(MyApplicationsState.class).track(receipt.receipt(), draft.item.code(), draft.item.name(), receipt.status());
        publish(new ApplicationSubmitted(draft.item.code(), receipt.receipt()));
        publish(new Say("申请已提交，请记好受理编号"));
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
        view = new WizardView(draft, step, getState(SessionState.class).person().orElse(null), new WizardView.Actions() {
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
