package org.virtualhall.gateway.outer.auth;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.virtualhall.gateway.outer.check.ApplicantRules;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.submission.Applicant;

/**
 * Sessions of verified citizens: a short access token (self-contained, signed, with its session id) and a refresh
 * token that rotates. Signing out, or using a spent refresh token again, revokes the session and every token of it.
 * Whoever verified the person — the SMS code with the real-name check, or the province's identity provider — calls
 * {@link #signIn}.
 */
@Service
@Profile("outer")
public class CitizenSessions {

    private static final Logger LOG = LoggerFactory.getLogger(CitizenSessions.class);

    private final TokenService tokens;
    private final SessionStore store;
    private final AuthProperties props;
    private final AuthMetrics metrics;
    private final Clock clock;
    private final LiveSessions live;

    CitizenSessions(TokenService tokens, SessionStore store, AuthProperties props, AuthMetrics metrics, Clock clock) {
        this.tokens = tokens;
        this.store = store;
        this.props = props;
        this.metrics = metrics;
        this.clock = clock;
        this.live = new LiveSessions(props.revocationRecheck());
    }

    /**
     * Starts a session for a person whose identity was verified (name, ID number and mobile, which must pass the hall's
     * format checks, else a 400 refusal naming the field). The answer is that of {@code POST /api/auth/token}.
     */
    public IssuedSession signIn(Applicant verifiedPerson) {
        ApplicantRules.check(verifiedPerson, "");
        Applicant person = ApplicantRules.normalised(verifiedPerson);
        Instant now = clock.instant();
        String session = UUID.randomUUID().toString();
        Instant refreshExpires = now.plus(props.refreshTtl());
        store.create(session, person, now, refreshExpires);
        metrics.signedIn();
        LOG.info("signed in {} with {}, session {}", Masks.idNumber(person.idNumber()), Masks.mobile(person.mobile()), session);
        return issue(session, person, 0, now, refreshExpires);
    }

    /** The next access and refresh token of the session; the refresh token given is spent. */
    IssuedSession refresh(String refreshToken) {
        TokenService.RefreshClaim claim;
        try {
            claim = tokens.readRefresh(refreshToken);
        } catch (Refusal r) {
            throw metrics.refused(r);
        }
        Instant now = clock.instant();
        SessionStore.Session session = store.find(claim.session())
                .filter(s -> !s.revoked())
                .orElseThrow(() -> revoked("refreshToken"));
        if (claim.generation() < session.generation()) {
            throw replayed(session.id(), now);
        }
        if (claim.generation() > session.generation()) {
            throw metrics.refused(TokenService.unauthorized("invalid_token", "刷新令牌无效", "refreshToken"));
        }
        if (!session.refreshExpires().isAfter(now)) {
            throw metrics.refused(TokenService.unauthorized("expired_token", "刷新令牌已过期，请重新登录", "refreshToken"));
        }
        Instant refreshExpires = now.plus(props.refreshTtl());
        if (!store.rotate(session.id(), claim.generation(), refreshExpires, now)) {
            // another request with the same token rotated it first: one of the two is a replay
            throw replayed(session.id(), now);
        }
        metrics.refreshed();
        return issue(session.id(), session.person(), claim.generation() + 1, now, refreshExpires);
    }

    /** Revokes the session of the bearer token: its access and refresh tokens are refused from now on. */
    void signOut(String authorization) {
        TokenClaims claims = verify(authorization);
        store.revoke(claims.sid(), clock.instant());
        live.revoked(claims.sid());
        metrics.signedOut();
        LOG.info("signed out {}, session {}", Masks.idNumber(claims.sub()), claims.sid());
    }

    /** The claims of a valid bearer token of a session that was not revoked; a 401 refusal otherwise. */
    public TokenClaims verify(String authorization) {
        TokenClaims claims;
        try {
            claims = tokens.verifyAccess(authorization);
        } catch (Refusal r) {
            throw metrics.refused(r);
        }
        if (!live.live(claims.sid())) {
            if (store.revoked(claims.sid())) {
                throw revoked("Authorization");
            }
            live.confirmed(claims.sid());
        }
        return claims;
    }

    /** Revokes the session whose spent refresh token came again: whoever holds its tokens, one of them is a thief. */
    private Refusal replayed(String session, Instant now) {
        store.revoke(session, now);
        live.revoked(session);
        LOG.warn("a spent refresh token of session {} was used again: the session is revoked", session);
        return revoked("refreshToken");
    }

    private Refusal revoked(String field) {
        return metrics.refused(TokenService.unauthorized("revoked", "登录已失效（已退出或会话已撤销），请重新登录", field));
    }

    private IssuedSession issue(String session, Applicant person, int generation, Instant now, Instant refreshExpires) {
        Instant expires = now.plus(props.tokenTtl()).truncatedTo(ChronoUnit.SECONDS);
        String access = tokens.access(new TokenClaims(person.idNumber(), person.name(), person.mobile(),
                expires.getEpochSecond(), UUID.randomUUID().toString(), session));
        return new IssuedSession(access, expires, tokens.refresh(session, generation), refreshExpires);
    }
}
