package org.virtualhall.client.apply;

import com.jme3.app.Application;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.virtualhall.client.api.ApiTypes.SupplementReceipt;
import org.virtualhall.client.api.ApiTypes.SupplementRequest;
import org.virtualhall.client.core.ApiCall;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.signin.SessionState;

/**
 * 补交材料: hands in the materials a window asked for (一次性告知补正) through
 * {@code POST /api/submissions/{receipt}/supplements}, with a voice prompt for the outcome. Keeps the files
 * the citizen chose per submission until they are handed in.
 */
public final class SupplementState extends HallAppState {

    private final Map<String, SupplementDraft> drafts = new HashMap<>();
    private final ApiCall pending = new ApiCall(this::getApplication);
    private String failure;

    @Override
    protected void initialize(Application app) {
        on(VisitReset.class, e -> {
            drafts.clear();
            pending.forget();
            failure = null;
        });
        ScriptState script = getState(ScriptState.class);
        script.register("supplement-attach", c -> ScriptStep.now(() -> {
            MyApplicationsState.Awaiting awaiting = awaiting(null);
            choose(awaiting, c.arg(0), Path.of(c.rest(1)));
        }));
        script.register("supplement", c -> {
            if (!handIn(c.args().isEmpty() ? null : c.arg(0))) {
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
    }

    /** The files chosen so far for a submission's correction (a new correction starts a new draft). */
    SupplementDraft draft(MyApplicationsState.Awaiting awaiting) {
        SupplementDraft draft = drafts.get(awaiting.receipt());
        if (draft == null || !draft.requested().equals(new SupplementDraft(awaiting.correction().requested()).requested())) {
            draft = new SupplementDraft(awaiting.correction().requested());
            drafts.put(awaiting.receipt(), draft);
        }
        return draft;
    }

    void choose(MyApplicationsState.Awaiting awaiting, String material, Path file) {
        draft(awaiting).choose(material, file);
        getState(MyApplicationsState.class).reopen();
    }

    /**
     * Hands in the materials of the given submission (null: the first one waiting). False, with the reason
     * spoken, when there is nothing to hand in or no server; otherwise the outcome follows asynchronously.
     */
    public boolean handIn(String receipt) {
        if (!pending.idle()) {
            return fail("正在补交材料，请稍候");
        }
        failure = null;
        MyApplicationsState.Awaiting awaiting;
        try {
            awaiting = awaiting(receipt);
        } catch (IllegalStateException e) {
            return fail(e.getMessage());
        }
        if (context().api() == null) {
            return fail("离线模式无法补交材料，请连接政务服务网后再试");
        }
        String token = getState(SessionState.class).token();
        if (token == null) {
            return fail("请先实名登录，再补交材料");
        }
        SupplementRequest request = draft(awaiting).toRequest("");
        // After a kiosk's reset the answer belongs to the citizen who left: forgotten, so dropped.
        pending.start(() -> context().api().supplement(awaiting.receipt(), request, token), done -> finished(awaiting, request, done),
                error -> fail("补交未成功：" + getState(SessionState.class).rejected(token, error).getMessage()));
        publish(new Say("正在补交" + awaiting.itemName() + "的材料"));
        return true;
    }

    private void finished(MyApplicationsState.Awaiting awaiting, SupplementRequest request, SupplementReceipt done) {
        drafts.remove(awaiting.receipt());
        context().facts().put("supplement." + awaiting.receipt(), done.supplement());
        publish(new Say("补正材料已提交，共" + request.materials().size() + "份，请等待窗口审核"));
        getState(MyApplicationsState.class).refreshSoon();
    }

    private MyApplicationsState.Awaiting awaiting(String receipt) {
        return getState(MyApplicationsState.class).awaiting(receipt).orElseThrow(() ->
                new IllegalStateException(receipt == null ? "没有需要补正的申请" : "申请 " + receipt + " 不需要补正"));
    }

    private boolean fail(String reason) {
        failure = reason;
        context().facts().put("supplement.error", reason);
        publish(new Say(reason));
        return false;
    }
}
