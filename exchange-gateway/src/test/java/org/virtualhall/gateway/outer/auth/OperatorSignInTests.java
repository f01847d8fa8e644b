package org.virtualhall.gateway.outer.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.virtualhall.gateway.outer.auth.SmsSignInTests.ok;
import static org.virtualhall.gateway.outer.auth.SmsSignInTests.refused;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.AuthApi;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.OperatorDouble;
import org.virtualhall.gateway.support.OperatorDouble.Reply;
import org.virtualhall.model.submission.Applicant;

/**
 * A county that uses a carrier for both: codes sent through its SMS API ({@code sms.gateway=http}) and the
 * three-factor real-name check ({@code real-name.check=operator}), each a test double over real HTTP. When either
 * cannot answer the citizen is told to try again (503) and nothing is counted against them.
 */
class OperatorSignInTests {

    private static final Pattern CODE = Pattern.compile("验证码为(\\d{6})");
    /** Mobiles the carrier says are not registered to the person who signs in with them. */
    private static final String NOT_THEIRS = "13799999999";

    @TempDir
    static Path home;
    static OperatorDouble sms;
    static OperatorDouble carrier;
    static ConfigurableApplicationContext outer;
    static AuthApi api;

    @BeforeAll
    static void start() throws Exception {
        sms = new OperatorDouble(body -> new Reply(200, "{\"result\":\"queued\"}"));
        carrier = new OperatorDouble(body -> new Reply(200, "{\"match\":" + !body.path("mobile").asText().equals(NOT_THEIRS) + "}"));
        outer = GatewayCluster.runRole("outer", home, "http://127.0.0.1:9", List.of(
                "--hall.gateway.outer.auth.sms.gateway=http",
                "--hall.gateway.outer.auth.sms.http.url=" + sms.url("/sms/send"),
                "--hall.gateway.outer.auth.sms.http.key=sms-key-123",
                "--hall.gateway.outer.auth.sms.resend-interval=60s",
                "--hall.gateway.outer.auth.real-name.check=operator",
                "--hall.gateway.outer.auth.real-name.operator.url=" + carrier.url("/verify/three-factor"),
                "--hall.gateway.outer.auth.real-name.operator.key=carrier-key-456"));
        api = new AuthApi(GatewayCluster.baseUrl(outer));
    }

    @AfterAll
    static void stop() {
        outer.close();
        sms.close();
        carrier.close();
    }

    @Test
    void theCarrierSendsTheCodeAndVouchesForTheMobile() {
        Applicant zhang = Applicants.applicant(60_001);
        ok(api.smsCode(zhang.mobile(), "203.0.113.1"), 202);
        OperatorDouble.Received message = sms.received().get(sms.received().size() - 1);
        assertThat(message.path()).isEqualTo("/sms/send");
        assertThat(message.authorization()).isEqualTo("Bearer sms-key-123");
        assertThat(message.body().path("mobile").asText()).isEqualTo(zhang.mobile());
        assertThat(message.body().has("code")).as("the carrier gets the text only").isFalse();

        ok(api.token(zhang, code(message), "203.0.113.1"), 200);
        OperatorDouble.Received check = carrier.received().get(carrier.received().size() - 1);
        assertThat(check.authorization()).isEqualTo("Bearer carrier-key-456");
        assertThat(check.body().path("idNumber").asText()).isEqualTo(zhang.idNumber());
        assertThat(check.body().path("name").asText()).isEqualTo(zhang.name());
        assertThat(Files.exists(home.resolve("outer/sms-outbox.jsonl"))).as("no outbox with a carrier").isFalse();
    }

    @Test
    void aMobileTheCarrierDoesNotRegisterToThePersonGetsNoSession() {
        Applicant notTheirs = new Applicant("李四", Applicants.idNumber(60_002), NOT_THEIRS);
        ok(api.smsCode(notTheirs.mobile(), "203.0.113.2"), 202);

        assertThat(refused(api.token(notTheirs, code(lastMessage()), "203.0.113.2"), 401, "mobile_mismatch", "mobile")
                .path("reason").asText()).contains("运营商实名核验未通过");
    }

    @Test
    void whileTheSmsCarrierIsDownNoCodeIsSentAndNoneIsCounted() {
        Applicant wang = Applicants.applicant(60_003);
        sms.setDown(true);
        try {
            refused(api.smsCode(wang.mobile(), "203.0.113.3"), 503, "sms_unavailable", null);
        } finally {
            sms.setDown(false);
        }
        ok(api.smsCode(wang.mobile(), "203.0.113.3"), 202);
        ok(api.token(wang, code(lastMessage()), "203.0.113.3"), 200);
    }

    @Test
    void whileTheRealNameCheckIsDownNoSessionIsGiven() {
        Applicant zhao = Applicants.applicant(60_004);
        ok(api.smsCode(zhao.mobile(), "203.0.113.4"), 202);
        carrier.setDown(true);
        try {
            refused(api.token(zhao, code(lastMessage()), "203.0.113.4"), 503, "real_name_unavailable", null);
        } finally {
            carrier.setDown(false);
        }
    }

    private static OperatorDouble.Received lastMessage() {
        return sms.received().get(sms.received().size() - 1);
    }

    private static String code(OperatorDouble.Received message) {
        Matcher m = CODE.matcher(message.body().path("text").asText());
        assertThat(m.find()).as(message.body().toString()).isTrue();
        return m.group(1);
    }
}
