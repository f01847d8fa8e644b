package org.virtualhall.client.signin;

import com.jme3.app.Application;
import com.jme3.input.KeyInput;
import com.simsilica.lemur.Button;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.virtualhall.client.api.ApiException;
import org.virtualhall.client.api.ApiTypes.CodeSent;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.api.ApiTypes.Session;
import org.virtualhall.client.api.ApiTypes.SignInRequest;
import org.virtualhall.client.core.ApiCall;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.SignedIn;
import org.virtualhall.client.core.HallEvents.SignedOut;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.core.HotkeyState;
import org.virtualhall.client.script.ScriptCommand;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.ui.Fit;
import org.virtualhall.client.ui.PanelState;
import org.virtualhall.client.ui.ScreenLayout;
import org.virtualhall.client.ui.UiStyle;

/**
 * 实名登录 (F5, or the button at the top right): name, ID number and mobile, a code by SMS ({@code POST
 * /api/auth/sms-code}, then 「获取验证码」 counts down until another may be asked for) and sign-in with it
 * ({@code POST /api/auth/token}); or, when the server offers it, the province's identity platform in the system
 * browser ({@link OidcSignIn}). The gateway's reasons are shown beside the field they name and spoken. Whoever needs
 * a signed-in citizen (the wizard, my applications) opens the panel with what to do once signed in; when the session
 * cannot be renewed the panel opens by itself and says so.
 */
public final class SignInState extends HotkeyState {

    public static final String PANEL = "signin";
    static final String EXPIRED = "登录已过期，请重新登录";
    private static final Logger LOG = Logger.getLogger(SignInState.class.getName());
    /** A wait the resend limit asks for that the countdown shows; longer ones (daily caps) are only said. */
    private static final long LONGEST_COUNTDOWN = 300;
    /** How long a script waits for the SMS code or an answer. */
    private static final double SCRIPT_WAIT_SECONDS = 120;
    private static final Duration BROWSER_SIGN_IN = Duration.ofMinutes(10);

    private final SignInForm form = new SignInForm();
    private SignInView view;
    private String prompt = "";
    private Runnable then;
    private final ApiCall pending = new ApiCall(this::getApplication);
    private ApiException lastRefusal;
    /** Per mobile (as the gateway limits it), when another code may be asked for. */
    private final Map<String, Instant> resendAt = new HashMap<>();
    private long shownCountdown = -1;
    private String provider;
    private OidcSignIn browserSignIn;
    private Button status;

    public SignInState() {
        super("signin.open", KeyInput.KEY_F5);
    }

    @Override
    protected void setUp(Application app) {
        status = new Button("", UiStyle.STYLE);
        status.addClickCommands(b -> onHotkey());
        refreshStatus();
        on(SignedIn.class, e -> refreshStatus());
        on(SignedOut.class, this::signedOut);
        on(VisitReset.class, e -> forgetVisit());
        if (context().online()) {
            CompletableFuture.supplyAsync(() -> context().api().methods()).whenComplete((methods, error) ->
                    getApplication().enqueue(() -> {
                        if (error != null) {
                            LOG.info(() -> "the server did not say how to sign in (" + error.getMessage() + "): SMS code only");
                        } else if (methods.oidcEnabled()) {
                            provider = methods.oidc().name() == null || methods.oidc().name().isBlank()
                                    ? "统一身份认证平台" : methods.oidc().name();
                            context().facts().put("signin.provider", provider);
                        }
                    }));
        }
        ScriptState script = getState(ScriptState.class);
        script.register("signin", c -> ScriptStep.sequence(() -> fillStep(c), this::requestStep,
                () -> pressStep("sms"), this::signedInStep));
        script.register("signin-fill", this::fillStep);
        // In the demo, done once the code is shown, as a citizen waits for the SMS; a refusal is shown, not fatal.
        script.register("signin-request", c -> ScriptStep.sequence(() -> {
            requestCode();
            return answered();
        }, () -> ScriptStep.within(SCRIPT_WAIT_SECONDS, "the demo SMS", tpf -> lastRefusal != null
                || !getState(DemoSmsState.class).enabled() || getState(DemoSmsState.class).shown(form.person().mobile()))));
        script.register("signin-press", c -> pressStep(c.arg(0)));
    }

    @Override
    protected void onHotkey() {
        open("", null);
    }

    /**
     * Opens the panel (who is signed in, or the form). {@code why} says why now (may be empty); {@code after} runs
     * once the citizen has signed in here, and is dropped when the panel is closed before.
     */
    public void open(String why, Runnable after) {
        prompt = why;
        then = after;
        render();
    }

    private void render() {
        SessionState session = getState(SessionState.class);
        view = session.person().map(p -> new SignInView(p, actions()))
                .orElseGet(() -> new SignInView(form, prompt, provider, actions()));
        shownCountdown = -1;
        getState(PanelState.class).open(PANEL, view.panel());
        recordProblems();
    }

    private SignInView.Actions actions() {
        return new SignInView.Actions() {
            @Override
            public void requestCode() {
                SignInState.this.requestCode();
            }

            @Override
            public void signIn() {
                SignInState.this.signIn();
            }

            @Override
            public void provider() {
                SignInState.this.provider();
            }

            @Override
            public void signOut() {
                getState(SessionState.class).signOut();
            }

            @Override
            public void close() {
                getState(PanelState.class).close();
            }
        };
    }

    /** 获取验证码. */
    void requestCode() {
        if (!ready(form::codeProblems)) {
            return;
        }
        long wait = countdown();
        if (wait > 0) {
            refused(new ApiException(429, "too_many_requests", "请" + wait + "秒后再获取验证码", "mobile", wait));
            return;
        }
        String mobile = form.person().mobile();
        getState(DemoSmsState.class).expect(mobile);
        context().facts().increment("signin.codeRequests");
        call(() -> context().api().smsCode(mobile), sent -> codeSent(mobile, sent));
    }

    private void codeSent(String mobile, CodeSent sent) {
        resendAt.put(mobile, Instant.now().plus(sent.resendIn()));
        long minutes = Math.max(1, (sent.validFor().toSeconds() + 30) / 60);
        if (view != null) {
            view.note("验证码已发送至 " + PersonView.mobile(mobile) + "，" + minutes + "分钟内有效");
        }
        context().facts().put("signin.codeSentTo", PersonView.mobile(mobile));
        publish(new Say("验证码已发送，请查看手机短信"));
    }

    /** 登录 with the SMS code. */
    void signIn() {
        if (!ready(form::signInProblems)) {
            return;
        }
        SignInRequest request = form.request();
        Credentials person = form.person();
        call(() -> context().api().signIn(request), tokens -> signedIn(person, tokens, "sms"));
    }

    /**
     * Calls the gateway in the background; the answer, or the refusal, is taken on the render thread (and dropped
     * when a kiosk's reset came first: it belongs to the citizen who left).
     */
    private <T> void call(Supplier<T> request, Consumer<T> answered) {
        pending.start(request, answered, this::refused);
    }

    /** A kiosk's visit is over: nothing the citizen typed or asked for stays (the session ends in {@link SessionState}). */
    private void forgetVisit() {
        form.clear();
        view = null;
        prompt = "";
        then = null;
        pending.forget();
        lastRefusal = null;
        resendAt.clear();
        shownCountdown = -1;
        if (browserSignIn != null) {
            browserSignIn.close();
            browserSignIn = null;
        }
        recordProblems();
    }

    /** Reads the panel, clears old problems; false (the problems shown and the first one said) when it cannot go on. */
    private boolean ready(Supplier<Map<String, String>> check) {
        if (view == null || getState(SessionState.class).signedIn()) {
            lastRefusal = new ApiException(0, "已登录，请先退出登录", null);
            return false;
        }
        view.readInto(form);
        view.clearProblems();
        lastRefusal = null;
        Map<String, String> problems = check.get();
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            lastRefusal = new ApiException(0, "invalid_field", first.getValue(), first.getKey(), null);
            problems.forEach(view::problem);
            recordProblems();
            publish(new Say(first.getValue()));
            return false;
        }
        if (!pending.idle()) {
            return false;
        }
        if (!context().online()) {
            refused(new ApiException(0, "离线模式无法登录，请连接政务服务网后再试", null));
            return false;
        }
        recordProblems();
        return true;
    }

    /** 省统一身份认证平台登录: the platform's page in the system browser, back through the loopback listener. */
    void provider() {
        if (provider == null || view == null) {
            return;
        }
        if (browserSignIn != null) {
            browserSignIn.close();
        }
        OidcSignIn listener;
        try {
            listener = OidcSignIn.listen();
        } catch (IOException e) {
            refused(new ApiException(0, "无法在本机接收登录结果：" + e.getMessage(), null));
            return;
        }
        browserSignIn = listener;
        URI start = context().api().oidcStart(listener.redirect());
        try {
            SystemBrowser.open(start);
            view.note("已在浏览器中打开" + provider + "，请在浏览器中完成登录");
        } catch (IOException | RuntimeException e) {
            LOG.warning("cannot open the browser: " + e.getMessage());
            view.note("请在浏览器中打开：" + start);
        }
        publish(new Say("请在浏览器中完成" + provider + "登录"));
        listener.ticket().orTimeout(BROWSER_SIGN_IN.toMinutes(), TimeUnit.MINUTES)
                .thenApplyAsync(ticket -> context().api().exchangeTicket(ticket))
                .whenComplete((tokens, error) -> {
                    listener.close();
                    getApplication().enqueue(() -> {
                        if (browserSignIn != listener) {
                            // Replaced, or a kiosk's reset came first: the answer is not this visit's.
                            return;
                        }
                        browserSignIn = null;
                        if (error != null) {
                            refused(error);
                            return;
                        }
                        TokenPerson.of(tokens.token()).ifPresentOrElse(p -> signedIn(p, tokens, "oidc"), () -> refused(
                                new ApiException(0, provider + "没有提供姓名和身份证号码，请改用短信验证码登录", null)));
                    });
                });
    }

    private void signedIn(Credentials person, Session tokens, String method) {
        form.code = "";
        Runnable next = then;
        then = null;
        context().facts().put("signin.method", method);
        getState(PanelState.class).close();
        view = null;
        getState(SessionState.class).start(CitizenSession.of(person, tokens, Instant.now()));
        publish(new Say("登录成功"));
        if (next != null) {
            next.run();
        }
    }

    /** The gateway's reason beside the field it names (or on the message line), and said. */
    private void refused(Throwable error) {
        ApiException e = ApiException.of(error);
        lastRefusal = e;
        if (e.status() == 429 && "too_many_requests".equals(e.error()) && e.retryAfter() != null
                && e.retryAfter() <= LONGEST_COUNTDOWN) {
            resendAt.merge(form.person().mobile(), Instant.now().plusSeconds(e.retryAfter()),
                    (before, now) -> now.isAfter(before) ? now : before);
        }
        if (view != null) {
            view.problem(e.field(), e.getMessage());
        }
        recordProblems();
        context().facts().put("signin.refused", Map.of("error", String.valueOf(e.error()), "field", String.valueOf(e.field()),
                "reason", e.getMessage()));
        publish(new Say(e.getMessage()));
    }

    private void signedOut(SignedOut e) {
        refreshStatus();
        if (e.expired()) {
            form.fill(e.person());
            open(EXPIRED, null);
            publish(new Say(EXPIRED));
        } else {
            if (!e.reason().isEmpty()) {
                publish(new Say(e.reason()));
            }
            if (PANEL.equals(getState(PanelState.class).openPanel())) {
                render();
            }
        }
    }

    /** Seconds until another code may be asked for the mobile in the form. */
    private long countdown() {
        long millis = Duration.between(Instant.now(), resendAt.getOrDefault(form.person().mobile(), Instant.EPOCH)).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    private void refreshStatus() {
        status.setText(getState(SessionState.class).person().map(p -> "已登录：" + p.name() + " (F5)").orElse("实名登录 (F5)"));
    }

    private void recordProblems() {
        context().facts().put("signin.problems", view == null ? Map.of() : view.shownProblems());
    }

    @Override
    public void update(float tpf) {
        if (then != null && !PANEL.equals(getState(PanelState.class).openPanel())) {
            then = null;
        }
        if (view != null) {
            view.readInto(form);
        }
        long seconds = countdown();
        if (view != null && seconds != shownCountdown) {
            shownCountdown = seconds;
            view.countdown(seconds);
            context().facts().put("signin.codeButton", view.codeButtonText());
        }
        ScreenLayout layout = model().layout();
        Fit.place(status, layout.account(), layout.scale(), Fit.Anchor.TOP_RIGHT, 1);
    }

    // --- script verbs -------------------------------------------------------------------------------------------

    /** {@code signin-fill NAME ID MOBILE}: opens the panel unless it is open, and types the person in. */
    private ScriptStep fillStep(ScriptCommand c) {
        return ScriptStep.now(() -> {
            form.fill(new Credentials(c.arg(0), c.arg(1), c.arg(2)));
            if (PANEL.equals(getState(PanelState.class).openPanel()) && view != null) {
                view.show(form);
            } else {
                open("", null);
            }
        });
    }

    /**
     * Asks for a code as a patient citizen does: waits while 「获取验证码」 counts down, and once more when the
     * gateway answers with the resend limit; fails on any other refusal. Done as soon as a request is answered
     * without refusal: the countdown that answer starts is for asking again.
     */
    private ScriptStep requestStep() {
        int[] tries = {0};
        return ScriptStep.within(SCRIPT_WAIT_SECONDS, "the SMS code request", tpf -> {
            if (!pending.idle()) {
                return false;
            }
            if (tries[0] > 0 && lastRefusal == null) {
                return true;
            }
            if (countdown() > 0) {
                return false;
            }
            boolean waitAndRetry = lastRefusal != null && "too_many_requests".equals(lastRefusal.error()) && tries[0] < 2;
            if (tries[0] > 0 && !waitAndRetry) {
                throw new IllegalStateException("no SMS code: " + lastRefusal.getMessage());
            }
            tries[0]++;
            requestCode();
            return false;
        });
    }

    /** {@code signin-press CODE|sms}: types the code (sms: the one the demo outbox shows) and presses 登录. */
    private ScriptStep pressStep(String code) {
        Supplier<ScriptStep> type = () -> ScriptStep.within(SCRIPT_WAIT_SECONDS, "the SMS code in the demo outbox", tpf -> {
            if (view == null) {
                throw new IllegalStateException("the sign-in panel is not open");
            }
            if (!"sms".equals(code)) {
                form.code = code;
            } else if (!getState(DemoSmsState.class).enabled()) {
                throw new IllegalStateException("signin needs --demo-sms-outbox to read the code");
            } else {
                var received = getState(DemoSmsState.class).takeCode(form.person().mobile());
                if (received.isEmpty()) {
                    return false;
                }
                form.code = received.get();
            }
            view.show(form);
            return true;
        });
        return ScriptStep.sequence(type, () -> {
            signIn();
            return answered();
        });
    }

    private ScriptStep signedInStep() {
        return ScriptStep.now(() -> {
            if (!getState(SessionState.class).signedIn()) {
                throw new IllegalStateException("not signed in: " + context().facts().snapshot().get("signin.problems"));
            }
        });
    }

    /** Done when no request is on its way. */
    private ScriptStep answered() {
        return ScriptStep.within(SCRIPT_WAIT_SECONDS, "the gateway's answer", tpf -> pending.idle());
    }

    @Override
    protected void onEnable() {
        super.onEnable();
        app().getGuiNode().attachChild(status);
    }

    @Override
    protected void onDisable() {
        status.removeFromParent();
        if (browserSignIn != null) {
            browserSignIn.close();
        }
        super.onDisable();
    }
}
