package org.virtualhall.gateway.outer.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.submission.Applicant;

class TokenServiceTests {

    private final Applicant zhang = Applicants.applicant(1);
    private final Instant now = Instant.parse("2026-11-23T08:00:00Z");
    private final String session = UUID.randomUUID().toString();

    @Test
    void anAccessTokenVouchesForItsPersonAndSessionUntilItExpires() {
        String token = service(now, "token-key-0123456789abcdef").access(claims(now.plus(Duration.ofMinutes(30))));

        TokenClaims claims = service(now, "token-key-0123456789abcdef").verifyAccess("Bearer " + token);
        assertThat(claims.sub()).isEqualTo(zhang.idNumber());
        assertThat(claims.sid()).isEqualTo(session);
        assertThat(error(() -> service(now.plus(Duration.ofMinutes(31)), "token-key-0123456789abcdef")
                .verifyAccess("Bearer " + token))).isEqualTo("expired_token");
    }

    @Test
    void aTokenFromAnotherKeyIsRefused() {
        String token = service(now, "another-key-0123456789abc").access(claims(now.plusSeconds(60)));

        assertThat(error(() -> service(now, "token-key-0123456789abcdef").verifyAccess("Bearer " + token)))
                .isEqualTo("invalid_token");
    }

    @Test
    void aRefreshTokenNamesItsSessionAndGenerationAndCannotBeAlteredOrPassedAsAnAccessToken() {
        TokenService tokens = service(now, "token-key-0123456789abcdef");
        String refresh = tokens.refresh(session, 3);

        assertThat(tokens.readRefresh(refresh)).isEqualTo(new TokenService.RefreshClaim(session, 3));
        assertThat(error(() -> tokens.readRefresh(refresh.replace("." + 3 + ".", ".4.")))).isEqualTo("invalid_token");
        assertThat(error(() -> tokens.verifyAccess("Bearer " + refresh))).isEqualTo("invalid_token");
        assertThat(error(() -> service(now, "another-key-0123456789abc").readRefresh(refresh))).isEqualTo("invalid_token");
    }

    private TokenClaims claims(Instant expires) {
        return new TokenClaims(zhang.idNumber(), zhang.name(), zhang.mobile(), expires.getEpochSecond(), "j", session);
    }

    private static String error(Runnable call) {
        try {
            call.run();
        } catch (Refusal r) {
            return r.error();
        }
        throw new AssertionError("not refused");
    }

    private static TokenService service(Instant at, String key) {
        return new TokenService(new AuthProperties(key, Duration.ofMinutes(30), Duration.ofDays(7), Duration.ofSeconds(2)),
                Clock.fixed(at, ZoneOffset.UTC));
    }
}
