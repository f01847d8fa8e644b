package org.virtualhall.gateway.outer.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.virtualhall.gateway.outer.auth.SmsSignInTests.ok;
import static org.virtualhall.gateway.outer.auth.SmsSignInTests.refused;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.AuthApi;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.launch.http.SmsOutbox;
import org.virtualhall.model.submission.Applicant;
import org.virtualhall.testdb.PostgresCluster;

/**
 * Two outer instances behind one balancer, on one PostgreSQL: a code asked for at one is taken at the other, the
 * limits and locks count requests at both, and a sign-out at one is refused at the other within seconds.
 */
class TwoOuterInstancesTests {

    @TempDir
    static Path home;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static AuthApi a;
    static AuthApi b;
    static SmsOutbox phoneA;

    @BeforeAll
    static void start() {
        String database = PostgresCluster.shared().createDatabase("outer_" + UUID.randomUUID().toString().replace("-", ""));
        first = instance("a", database);
        second = instance("b", database);
        a = new AuthApi(GatewayCluster.baseUrl(first));
        b = new AuthApi(GatewayCluster.baseUrl(second));
        phoneA = new SmsOutbox(home.resolve("a/sms-outbox.jsonl"));
    }

    private static ConfigurableApplicationContext instance(String name, String database) {
        return GatewayCluster.runRole("outer", home, "http://127.0.0.1:9", List.of(
                "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                "--hall.gateway.data-dir=" + home.resolve(name),
                "--hall.gateway.outer.auth.sms.resend-interval=60s"));
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    @Test
    void aCodeAskedForAtOneInstanceIsTakenAtTheOtherAndOnlyOnce() {
        Applicant zhang = Applicants.applicant(50_001);
        ok(a.smsCode(zhang.mobile(), "203.0.113.1"), 202);
        String code = phoneA.takeCode(zhang.mobile()).orElseThrow();

        refused(b.smsCode(zhang.mobile(), "203.0.113.1"), 429, "too_many_requests", "mobile");
        ok(b.token(zhang, code, "203.0.113.1"), 200);
        refused(a.token(zhang, code, "203.0.113.1"), 401, "invalid_code", "code");
    }

    @Test
    void wrongCodesAtBothInstancesAddUpToOneLock() {
        Applicant li = Applicants.applicant(50_002);
        ok(a.smsCode(li.mobile(), "203.0.113.2"), 202);
        String code = phoneA.takeCode(li.mobile()).orElseThrow();
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        for (int i = 0; i < 5; i++) {
            refused((i % 2 == 0 ? a : b).token(li, wrong, "203.0.113.2"), 401, "invalid_code", "code");
        }

        refused(b.token(li, code, "203.0.113.2"), 429, "locked", "mobile");
        refused(a.token(li, code, "203.0.113.2"), 429, "locked", "mobile");
    }

    @Test
    void aSessionSignedOutAtOneInstanceIsRefusedAtTheOtherWithinSeconds() {
        String token = signInAtTheFirst(Applicants.applicant(50_003)).path("token").asText();
        ok(a.mine(token), 200);
        ok(b.mine(token), 200);

        assertThat(a.signOut(token).status()).isEqualTo(204);
        refused(a.mine(token), 401, "revoked", "Authorization");
        await("the revoked session refused at the other instance").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200)).until(() -> b.mine(token).status() == 401);
        refused(b.mine(token), 401, "revoked", "Authorization");
    }

    @Test
    void aRefreshTokenSpentAtOneInstanceIsAReplayAtTheOther() {
        JsonNode session = signInAtTheFirst(Applicants.applicant(50_004));

        JsonNode next = ok(b.refresh(session.path("refreshToken").asText()), 200);
        refused(a.refresh(session.path("refreshToken").asText()), 401, "revoked", "refreshToken");
        refused(b.refresh(next.path("refreshToken").asText()), 401, "revoked", "refreshToken");
    }

    private static JsonNode signInAtTheFirst(Applicant who) {
        ok(a.smsCode(who.mobile(), "203.0.113.9"), 202);
        return ok(a.token(who, phoneA.takeCode(who.mobile()).orElseThrow(), "203.0.113.9"), 200);
    }
}
