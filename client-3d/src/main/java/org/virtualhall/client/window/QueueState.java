package org.virtualhall.client.window;

import com.jme3.app.Application;
import org.virtualhall.client.api.ApiTypes.QueueTicket;
import org.virtualhall.client.core.ApiCall;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.signin.SessionState;

/**
 * 取号: takes a number of a window's queue ({@code POST /api/queue/tickets}), then asks every few seconds how many are
 * still ahead, says 前面还有 N 人 when it changes, and announces the call (请 … 号到 … 窗口办理).
 */
public final class QueueState extends HallAppState {

    private static final float POLL_SECONDS = 3f;
    private static final double SCRIPT_WAIT_SECONDS = 120;

    private QueueTicket ticket;
    private final ApiCall pending = new ApiCall(this::getApplication);
    private String failure;
    private float sincePoll;

    @Override
    protected void initialize(Application app) {
        on(VisitReset.class, e -> {
            ticket = null;
            pending.forget();
        });
        ScriptState script = getState(ScriptState.class);
        script.register("take-number", c -> {
            if (!take(c.arg(0))) {
                throw new IllegalStateException(failure);
            }
            return ScriptStep.within(SCRIPT_WAIT_SECONDS, "the number", tpf -> {
                if (failure != null) {
                    throw new IllegalStateException(failure);
                }
                return pending.idle() && ticket != null;
            });
        });
        script.register("wait-called", c -> ScriptStep.within(c.args().isEmpty() ? SCRIPT_WAIT_SECONDS : c.number(0),
                "the call", tpf -> ticket != null && "CALLED".equals(ticket.status())));
    }

    /** The 取号 button of a window's panel: the citizen's number there and who is ahead, once they have one. */
    public String button(String window) {
        if (ticket == null || !ticket.window().equals(window)) {
            return "取号";
        }
        return "CALLED".equals(ticket.status()) ? ticket.number() + " 已叫号" : ticket.number() + " 前面 " + ticket.ahead() + " 人";
    }

    /** Takes a number at the window; false, with the reason spoken, when it cannot. */
    public boolean take(String window) {
        failure = null;
        if (context().api() == null) {
            return fail("离线模式无法取号，请连接政务服务网后再试");
        }
        String token = getState(SessionState.class).token();
        if (token == null) {
            return fail("请先实名登录，再取号");
        }
        pending.start(() -> context().api().takeTicket(window, token), got -> {
            ticket = got;
            facts(got);
            publish(new Say("您的号码是" + got.number() + "，前面还有" + got.ahead() + "人"));
        }, error -> fail("取号未成功：" + getState(SessionState.class).rejected(token, error).getMessage()));
        return true;
    }

    @Override
    public void update(float tpf) {
        sincePoll += tpf;
        if (ticket == null || "CALLED".equals(ticket.status()) || !pending.idle() || sincePoll < POLL_SECONDS) {
            return;
        }
        sincePoll = 0;
        String token = getState(SessionState.class).token();
        if (token == null || context().api() == null) {
            return;
        }
        QueueTicket before = ticket;
        // A failed look is tried again at the next poll.
        pending.start(() -> context().api().ticket(before.id(), token), now -> {
            if (ticket != before) {
                return;
            }
            ticket = now;
            facts(now);
            if ("CALLED".equals(now.status())) {
                publish(new Say("请" + now.number() + "号到" + now.window() + "窗口办理"));
            } else if (now.ahead() != before.ahead()) {
                publish(new Say("前面还有" + now.ahead() + "人"));
            }
        }, error -> { });
    }

    private void facts(QueueTicket t) {
        context().facts().put("queue.number", t.number());
        context().facts().put("queue.ahead", String.valueOf(t.ahead()));
        context().facts().put("queue.status", t.status());
    }

    private boolean fail(String reason) {
        failure = reason;
        context().facts().put("queue.error", reason);
        publish(new Say(reason));
        return false;
    }
}
