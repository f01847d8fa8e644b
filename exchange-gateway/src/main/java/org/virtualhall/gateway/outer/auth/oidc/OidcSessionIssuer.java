package org.virtualhall.gateway.outer.auth.oidc;

import org.springframework.stereotype.Component;
import org.virtualhall.gateway.outer.auth.CitizenSessions;
import org.virtualhall.gateway.outer.auth.IssuedSession;
import org.virtualhall.model.submission.Applicant;

/** The hall's own session for a citizen the provider verified: the one place the OpenID Connect way in signs in. */
@Component
@ConditionalOnOidc
class OidcSessionIssuer {

    private final CitizenSessions sessions;

    OidcSessionIssuer(CitizenSessions sessions) {
        this.sessions = sessions;
    }

    IssuedSession signIn(Applicant citizen) {
        return sessions.signIn(citizen);
    }
}
