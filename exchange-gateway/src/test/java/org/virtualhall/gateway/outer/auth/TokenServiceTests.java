package org.virtualhall.gateway.outer.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.submission.Applicant;

class TokenServiceTests {

    private final Applicant zhang = Applicants.applicant(1);
    private final Instant now = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void aTokenVouchesForItsApplicantUntilItExpires() {
        TokenService issuer = service(now);
        String token = issuer.issue(zhang).token();
        assertThat(issuer.verify("Bearer " + token).sub()).isEqualTo(zhang.idNumber());
        assertThatThrownBy(() -> service(now.plus(Duration.ofHours(3))).verify("Bearer " + token))
                .extracting(e -> ((Refusal) e).error()).isEqualTo("expired_token");
    }

    @Test
    void aTokenFromAnotherKeyIsRefused() {
        String token = new TokenService(new AuthProperties("another-key-0123456789abc", Duration.ofHours(2)),
                Clock.fixed(now, ZoneOffset.UTC)).issue(zhang).token();
        assertThatThrownBy(() -> service(now).verify("Bearer " + token)).extracting(e -> ((Refusal) e).error())
                .isEqualTo("invalid_token");
    }

    private static TokenService service(Instant at) {
        return new TokenService(new AuthProperties("token-key-0123456789abcdef", Duration.ofHours(2)),
                Clock.fixed(at, ZoneOffset.UTC));
    }
}
