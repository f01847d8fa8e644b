package org.virtualhall.gateway.outer.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.virtualhall.gateway.outer.auth.SmsSignInTests.ok;
import static org.virtualhall.gateway.outer.auth.SmsSignInTests.refused;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.AuthApi;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.MovableClock;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.CitizenSignIn;
import org.virtualhall.model.json.HallJson;

/**
 * Sessions on a real outer role: short access tokens, refresh tokens that rotate and betray a replay, sign-out that
 * revokes, and tokens that were never issued. The role's clock is moved instead of waited for.
 */
class SessionTests {

    @TempDir
    static Path home;
    static ConfigurableApplicationContext outer;
    static final MovableClock CLOCK = new MovableClock(Instant.now());
    static AuthApi api;
    static HallClient citizens;

    @BeforeAll
    static void start() {
        outer = GatewayCluster.runRole("outer", home, "http://127.0.0.1:9", List.of(), CLOCK);
        api = new AuthApi(GatewayCluster.baseUrl(outer));
        citizens = GatewayCluster.citizenClient(outer);
    }

    @AfterAll
    static void stop() {
        outer.close();
    }

    @Test
    void aRefreshGivesNewTokensAndARefreshTokenUsedTwiceRevokesTheSession() throws Exception {
        CitizenSignIn.Session first = citizens.signIn(Applicants.applicant(30_001));
        JsonNode second = ok(api.refresh(first.refreshToken()), 200);
        String token = second.path("token").asText();
        assertThat(token).isNotEqualTo(first.token());
        assertThat(second.path("refreshToken").asText()).isNotEqualTo(first.refreshToken());
        ok(api.mine(token), 200);

        refused(api.refresh(first.refreshToken()), 401, "revoked", "refreshToken");
        refused(api.mine(token), 401, "revoked", "Authorization");
        refused(api.mine(first.token()), 401, "revoked", "Authorization");
        refused(api.refresh(second.path("refreshToken").asText()), 401, "revoked", "refreshToken");
    }

    @Test
    void twoRefreshesWithOneTokenAtOnceLeaveOneAnswerAndARevokedSession() throws Exception {
        CitizenSignIn.Session session = citizens.signIn(Applicants.applicant(30_002));
        List<Answer> answers = Stream.of(1, 2)
                .map(i -> CompletableFuture.supplyAsync(() -> api.refresh(session.refreshToken())))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 401);
        String winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow().json().path("token").asText();
        refused(api.mine(winner), 401, "revoked", "Authorization");
    }

    @Test
    void signingOutRevokesTheAccessAndTheRefreshToken() throws Exception {
        CitizenSignIn.Session session = citizens.signIn(Applicants.applicant(30_003));
        ok(api.mine(session.token()), 200);

        assertThat(api.signOut(session.token()).status()).isEqualTo(204);
        refused(api.mine(session.token()), 401, "revoked", "Authorization");
        refused(api.refresh(session.refreshToken()), 401, "revoked", "refreshToken");
        refused(api.signOut(session.token()), 401, "revoked", "Authorization");
    }

    @Test
    void anAccessTokenHoldsThirtyMinutesAndARefreshTokenSevenDays() throws Exception {
        CitizenSignIn.Session session = citizens.signIn(Applicants.applicant(30_004));
        CLOCK.advance(Duration.ofMinutes(30).plusSeconds(1));
        refused(api.mine(session.token()), 401, "expired_token", "Authorization");

        JsonNode refreshed = ok(api.refresh(session.refreshToken()), 200);
        ok(api.mine(refreshed.path("token").asText()), 200);
        CLOCK.advance(Duration.ofDays(7).plusSeconds(1));
        refused(api.refresh(refreshed.path("refreshToken").asText()), 401, "expired_token", "refreshToken");
    }

    @Test
    void tokensThatWereNeverIssuedAreRefusedAndAForgedRefreshTokenRevokesNothing() throws Exception {
        CitizenSignIn.Session session = citizens.signIn(Applicants.applicant(30_005));
        refused(api.mine(null), 401, "missing_token", "Authorization");
        refused(api.mine("garbage"), 401, "invalid_token", "Authorization");
        String[] parts = session.token().split("\\.");
        JsonNode claims = HallJson.wire().readTree(Base64.getUrlDecoder().decode(parts[1]));
        String someoneElse = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.toString()
                .replace(claims.path("sub").asText(), Applicants.idNumber(30_099)).getBytes(StandardCharsets.UTF_8));
        refused(api.mine(parts[0] + "." + someoneElse + "." + parts[2]), 401, "invalid_token", "Authorization");

        String[] refresh = session.refreshToken().split("\\.");
        refused(api.refresh(refresh[0] + "." + refresh[1] + ".5." + refresh[3]), 401, "invalid_token", "refreshToken");
        refused(api.refresh("r1." + refresh[1] + ".0.AAAA"), 401, "invalid_token", "refreshToken");
        ok(api.refresh(session.refreshToken()), 200);
    }

    @Test
    void aPersonVerifiedElsewhereGetsTheSameKindOfSession() {
        IssuedSession issued = outer.getBean(CitizenSessions.class).signIn(Applicants.applicant(30_006));

        assertThat(issued.expiresAt()).isEqualTo(CLOCK.instant().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS));
        ok(api.mine(issued.token()), 200);
        ok(api.refresh(issued.refreshToken()), 200);
    }
}
