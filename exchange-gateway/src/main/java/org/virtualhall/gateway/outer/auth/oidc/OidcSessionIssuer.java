package org.virtualhall.gateway.outer.auth.oidc;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.outer.auth.TokenService;
import org.virtualhall.model.submission.Applicant;

/** The hall's own sign-in for a citizen the provider verified: the one place the OpenID Connect way in makes a token. */
@Component
@ConditionalOnOidc
class OidcSessionIssuer {

    private final TokenService tokens;

    OidcSessionIssuer(TokenService tokens) {
        this.tokens = tokens;
    }

    SignedIn signIn(Applicant citizen) {
        TokenService.IssuedToken issued = tokens.issue(citizen);
        // today's tokens are not refreshable: the refresh fields stay empty
        return new SignedIn(issued.token(), issued.expiresAt(), null, null);
    }

    /** The answer of {@code POST /api/auth/oidc/ticket}, the shape of {@code POST /api/auth/token}'s. */
    record SignedIn(String token, Instant expiresAt, String refreshToken, Instant refreshExpiresAt) {
    }
}
