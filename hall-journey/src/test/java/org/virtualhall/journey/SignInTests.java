package org.virtualhall.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualhall.client.testing.ClientRun;
import org.virtualhall.client.testing.Pixels;
import org.virtualhall.client.testing.XvfbDisplay;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.CitizenSignIn;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.model.json.HallJson;

/**
 * 实名登录 in the 3D client against the real outer gateway: the SMS code read off the gateway's outbox (the demo's
 * toast), each refusal of the gateway shown beside the field it names and said (resend limit, wrong code, lock,
 * real-name binding), 我的申请 read back from the gateway after a restart with the kept session, someone else's
 * receipt answered like an unknown one, sign-out revoking the session, and an expired session asking the citizen to
 * sign in again, aloud.
 */
@ExtendWith({HallStackExtension.class, DisplayExtension.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTests {

    /** Signs in wrongly until the mobile is locked. */
    static final String WANG_ID = "110105198001010016";
    static final String WANG_MOBILE = "13700000001";
    /** Bound to the first mobile by the test's own sign-in; the client then tries another one. */
    static final String ZHAO_ID = "110105198102020029";
    static final String ZHAO_MOBILE = "13700000002";
    static final String OTHER_MOBILE = "13700000003";
    /** A mobile that was just sent a code. */
    static final String BUSY_MOBILE = "13700000004";
    static final String SUN_ID = "110105198203030031";
    static final String SUN_MOBILE = "13700000005";
    static final String ZHOU_ID = "110105198304040044";
    static final String ZHOU_MOBILE = "13700000006";
    static final String WU_ID = "110105198405050057";
    static final String WU_MOBILE = "13700000007";
    static final String WRONG_CODE = "000000";
    static final String NOT_FOUND = "没有找到这笔申报";

    private final HallStack stack;
    private final Path dir = Path.of("target", "journey", "signin").toAbsolutePath();
    private final XvfbDisplay display;

    SignInTests(HallStack stack, XvfbDisplay display) {
        this.stack = stack;
        this.display = display;
    }


    private String[] client(URI outer, Path outbox) {
        return new String[] {"--server", outer + "/", "--no-audio", "--demo-sms-outbox", outbox.toString()};
    }

    @Test
    void eachRefusalOfTheGatewayIsShownBesideItsFieldAndSaid() throws Exception {
        stack.citizens().signIn("赵六", ZHAO_ID, ZHAO_MOBILE);
        assertThat(JsonHttp.to(stack.outer()).post("/api/auth/sms-code", Map.of("mobile", BUSY_MOBILE)).status()).isEqualTo(202);
        String wrong = "signin-press " + WRONG_CODE + "\n";
        ClientRun.Result run = ClientRun.run(display.display(), dir.resolve("refusals"), """
                frames 3
                signin-fill 王五 %s %s
                signin-request
                checkpoint too-many
                signin-fill 王五 %s %s
                signin-request
                frames 2
                screenshot code-sent
                checkpoint sent
                %scheckpoint wrong
                %s%s%s%scheckpoint last-wrong
                %scheckpoint locked
                signin-fill 赵六 %s %s
                signin-request
                signin-press sms
                checkpoint mismatch
                signin 赵六 %s %s
                """.formatted(WANG_ID, BUSY_MOBILE, WANG_ID, WANG_MOBILE, wrong, wrong, wrong, wrong, wrong, wrong,
                ZHAO_ID, OTHER_MOBILE, ZHAO_ID, ZHAO_MOBILE), Map.of(), client(stack.outer(), stack.smsOutbox()));

        assertThat(run.exitCode()).as(run.log()).isZero();
        JsonNode tooMany = run.checkpoint("too-many").path("facts");
        assertThat(problems(tooMany).path("mobile").asText()).startsWith("获取验证码过于频繁").endsWith("秒后再试");
        assertThat(tooMany.path("signin.codeButton").asText()).matches("重新获取（\\d{1,2}秒）");
        assertThat(ClientRun.captions(tooMany)).contains(problems(tooMany).path("mobile").asText());

        JsonNode sent = run.checkpoint("sent").path("facts");
        assertThat(sent.path("signin.codeSentTo").asText()).isEqualTo("137****0001");
        assertThat(sent.path("demoSms.shown").asText()).matches("【演示短信】发往 137\\*\\*\\*\\*0001：验证码 \\d{6}");
        assertThat(sent.path("signin.codeButton").asText()).matches("重新获取（(60|5\\d)秒）");
        assertThat(ClientRun.captions(sent)).contains("验证码已发送，请查看手机短信");
        assertThat(Pixels.of(run.screenshot("code-sent")).panelShown())
                .as("the sign-in panel").isTrue();

        JsonNode wrongOnce = run.checkpoint("wrong").path("facts");
        assertThat(problems(wrongOnce).path("code").asText()).isEqualTo("验证码不正确，还可再试4次");
        assertThat(ClientRun.captions(wrongOnce)).contains("验证码不正确，还可再试4次");
        assertThat(problems(run.checkpoint("last-wrong").path("facts")).path("code").asText()).contains("已锁定15分钟");
        JsonNode locked = run.checkpoint("locked").path("facts");
        assertThat(problems(locked).path("mobile").asText()).matches("验证码错误次数过多，该手机号已锁定，请于\\d{2}:\\d{2}后再试");
        assertThat(problems(locked).has("code")).as("the lock is the mobile's, not the code's").isFalse();

        JsonNode mismatch = run.checkpoint("mismatch").path("facts");
        assertThat(problems(mismatch).path("mobile").asText())
                .isEqualTo("该身份证号已绑定其他手机号，请使用原手机号登录或到大厅窗口办理变更");
        assertThat(mismatch.path("session").asText()).isEqualTo("signed-out");

        JsonNode end = run.facts();
        assertThat(end.path("session").asText()).isEqualTo("signed-in");
        assertThat(end.path("signin.method").asText()).isEqualTo("sms");
        assertThat(end.path("panel").asText()).as("the panel closes once signed in").isEqualTo("none");
        assertThat(ClientRun.captions(end)).contains("登录成功");
    }

    @Test
    void myApplicationsComeBackAfterARestartSomeoneElsesReceiptIsUnknownAndSigningOutEndsTheSession() throws Exception {
        CitizenSignIn.Session zhou = stack.citizens().signIn("周八", ZHOU_ID, ZHOU_MOBILE);
        String theirs = submit(zhou.token(), "周八", ZHOU_ID, ZHOU_MOBILE);
        Path config = dir.resolve("kept-config");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", config.toString());
        ClientRun.Result first = ClientRun.run(display.display(), dir.resolve("first"), """
                frames 3
                signin 孙七 %s %s
                apply GA003
                fill-sample
                fill lostReason 丢失
                fill lostDate 2026-11-20
                fill delivery 窗口领取
                next
                tick all
                next
                submit
                """.formatted(SUN_ID, SUN_MOBILE), env, client(stack.outer(), stack.smsOutbox()));
        assertThat(first.exitCode()).as(first.log()).isZero();
        String mine = first.facts().path("wizard.receipt").asText();
        assertThat(mine).startsWith("SB");
        Path kept = config.resolve("virtual-hall").resolve("session.json");
        assertThat(kept).exists();

        String refreshToken;
        ClientRun.Result second;
        try (ClientRun run = ClientRun.start(display.display(), dir.resolve("second"), """
                frames 3
                wait-fact session signed-in 60
                my-applications
                frames 2
                screenshot restored
                lookup %s
                lookup SB20260101-ABCDEFGHJK
                lookup %s
                hold before-signout
                signout
                frames 2
                """.formatted(theirs, mine), env, client(stack.outer(), stack.smsOutbox()))) {
            run.awaitCheckpoint("before-signout", Duration.ofMinutes(3));
            refreshToken = HallJson.wire().readTree(kept.toFile()).path("refreshToken").asText();
            run.resume("before-signout");
            second = run.finish(Duration.ofMinutes(3));
        }

        assertThat(second.exitCode()).as(second.log()).isZero();
        JsonNode restored = second.checkpoint("before-signout").path("facts");
        assertThat(restored.path("applications.restored").asInt()).isEqualTo(1);
        assertThat(restored.path("applications." + mine).asText()).isNotEmpty();
        assertThat(restored.path("applications." + mine + ".item").asText()).isEqualTo("居民身份证补领");
        assertThat(Answer.texts(restored.path("applications.shown"))).singleElement().asString()
                .startsWith("居民身份证补领 · " + mine + " · ");
        assertThat(restored.path("lookup." + theirs).asText()).isEqualTo(NOT_FOUND);
        assertThat(restored.path("lookup.SB20260101-ABCDEFGHJK").asText()).isEqualTo(NOT_FOUND);
        assertThat(restored.path("lookup." + mine).asText()).isNotEqualTo(NOT_FOUND).isNotEmpty();
        assertThat(Pixels.of(second.screenshot("restored")).panelShown())
                .as("my applications panel").isTrue();

        assertThat(second.facts().path("session").asText()).isEqualTo("signed-out");
        assertThat(ClientRun.captions(second.facts())).contains("已退出登录");
        assertThat(kept).as("nothing kept after signing out").doesNotExist();
        Answer replay = JsonHttp.to(stack.outer()).post("/api/auth/refresh", Map.of("refreshToken", refreshToken));
        assertThat(replay.status()).as(replay.body()).isEqualTo(401);
        assertThat(replay.json().path("error").asText()).isEqualTo("revoked");
    }

    @Test
    void anExpiredSessionAsksTheCitizenToSignInAgainAloud() throws Exception {
        Path wav = dir.resolve("expired-voice.wav");
        Path conf = dir.resolve("alsoft.conf");
        Files.createDirectories(dir);
        Files.writeString(conf, "[general]\ndrivers = wave\n[wave]\nfile = " + wav + "\n");
        // Access tokens of 12 s whose refresh tokens end after 5 s: the first renewal, at 9 s, is refused as expired.
        try (HallStack.OuterRole shortSessions = stack.startOuter("short-sessions",
                "--hall.gateway.outer.auth.token-ttl=12s", "--hall.gateway.outer.auth.refresh-ttl=5s")) {
            ClientRun.Result run = ClientRun.run(display.display(), dir.resolve("expired"), """
                    frames 3
                    signin 吴九 %s %s
                    wait-fact session expired 60
                    wait-panel signin 10
                    wait-voice
                    frames 2
                    screenshot expired
                    """.formatted(WU_ID, WU_MOBILE), Map.of("ALSOFT_CONF", conf.toString(), "ALSOFT_DRIVERS", "wave"),
                    "--server", shortSessions.url() + "/", "--demo-sms-outbox", shortSessions.smsOutbox().toString());

            assertThat(run.exitCode()).as(run.log()).isZero();
            JsonNode facts = run.facts();
            assertThat(facts.path("session.endedBecause").asText()).isEqualTo("刷新令牌已过期，请重新登录");
            List<String> captions = ClientRun.captions(facts);
            assertThat(captions).last().isEqualTo("登录已过期，请重新登录");
            assertThat(facts.path("voice.audio").asBoolean()).isTrue();
            assertThat(facts.path("voice.played").asInt()).as("every prompt spoken, the last one included").isEqualTo(captions.size());
            assertThat(facts.path("panel").asText()).isEqualTo("signin");
            assertThat(Pixels.of(run.screenshot("expired")).panelShown())
                    .as("the sign-in panel").isTrue();
        }
    }

    /** An application for 居民身份证补领 in the person's own name, straight to the hall API. */
    private String submit(String token, String name, String idNumber, String mobile) {
        Map<String, Object> body = Map.of("itemCode", "GA003",
                "applicant", Map.of("name", name, "idNumber", idNumber, "mobile", mobile),
                "form", Map.of("lostReason", "丢失", "lostDate", "2026-11-20", "needTemporary", "不需要", "delivery", "窗口领取"),
                "materials", List.of());
        Map<String, String> headers = new HashMap<>(JsonHttp.bearer(token));
        headers.put("Idempotency-Key", UUID.randomUUID().toString());
        Answer answer = JsonHttp.to(stack.outer()).post("/api/submissions", body, headers);
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        return answer.json().path("receipt").asText();
    }

    private static JsonNode problems(JsonNode facts) {
        return facts.path("signin.problems");
    }

}
