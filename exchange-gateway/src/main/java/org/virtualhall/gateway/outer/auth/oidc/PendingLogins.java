package org.virtualhall.gateway.outer.auth.oidc;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.stereotype.Repository;
import org.virtualhall.model.json.HallJson;

/**
 * Logins between their start and the provider's answer, in the outer role's database, so the answer may reach another
 * outer instance than the start did. Each is bound to the browser that started it by a cookie (only its hash is
 * stored): a provider's answer carried into another browser finds no login. A login is taken once.
 */
@Repository
@ConditionalOnOidc
class PendingLogins implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    static final String COOKIE = "hall_oidc_login";
    /** The attribute of the authorization request that holds where the client wants the ticket. */
    private static final String REDIRECT = "hall_redirect";
    /** The request attribute under which a login taken for this request is kept for the outcome. */
    private static final String TAKEN = PendingLogins.class.getName() + ".taken";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration timeout;

    PendingLogins(JdbcTemplate jdbc, Clock clock, OidcProperties props) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.timeout = props.loginTimeout();
    }

    /** The request with the client's target, which {@link #redirectOf} gives back when the provider answers. */
    static OAuth2AuthorizationRequest withRedirect(OAuth2AuthorizationRequest request, URI redirect) {
        return OAuth2AuthorizationRequest.from(request).attributes(a -> a.put(REDIRECT, redirect.toString())).build();
    }

    /** Where the client of the login taken during this request wants its ticket; empty when none was taken. */
    static Optional<String> redirectOf(HttpServletRequest request) {
        return Optional.ofNullable((OAuth2AuthorizationRequest) request.getAttribute(TAKEN))
                .map(r -> r.getAttribute(REDIRECT));
    }

    @Override
    public void saveAuthorizationRequest(OAuth2AuthorizationRequest authorization, HttpServletRequest request,
                                         HttpServletResponse response) {
        if (authorization == null) {
            removeAuthorizationRequest(request, response);
            return;
        }
        String binding = Secrets.next();
        Instant now = clock.instant();
        jdbc.update("DELETE FROM oidc_login WHERE expires_at < ?", Timestamp.from(now));
        jdbc.update("INSERT INTO oidc_login (state, binding, request, expires_at) VALUES (?, ?, ?, ?)",
                authorization.getState(), Secrets.hash(binding), write(authorization), Timestamp.from(now.plus(timeout)));
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(binding, timeout, request).toString());
    }

    @Override
    public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
        return find(request).orElse(null);
    }

    /** Takes the login the provider answers: once, only in the browser that started it, only before it expires. */
    @Override
    public OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request, HttpServletResponse response) {
        Optional<OAuth2AuthorizationRequest> found = find(request)
                .filter(r -> jdbc.update("DELETE FROM oidc_login WHERE state = ?", r.getState()) == 1);
        found.ifPresent(r -> {
            request.setAttribute(TAKEN, r);
            response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, request).toString());
        });
        return found.orElse(null);
    }

    private Optional<OAuth2AuthorizationRequest> find(HttpServletRequest request) {
        String state = request.getParameter(OAuth2ParameterNames.STATE);
        String binding = binding(request);
        if (state == null || binding == null) {
            return Optional.empty();
        }
        List<String> rows = jdbc.query("SELECT request FROM oidc_login WHERE state = ? AND binding = ? AND expires_at > ?",
                (rs, n) -> rs.getString(1), state, Secrets.hash(binding), Timestamp.from(clock.instant()));
        return rows.stream().findFirst().map(PendingLogins::read);
    }

    private static String binding(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName()) && !c.getValue().isEmpty()) {
                return c.getValue();
            }
        }
        return null;
    }

    /** Sent back only to the callback; Lax, so the provider's redirect (a top-level GET) carries it. */
    private static ResponseCookie cookie(String value, Duration maxAge, HttpServletRequest request) {
        return ResponseCookie.from(COOKIE, value).path(OidcPaths.CALLBACK).httpOnly(true).secure(request.isSecure())
                .sameSite("Lax").maxAge(maxAge).build();
    }

    private static String write(OAuth2AuthorizationRequest r) {
        try {
            return HallJson.wire().writeValueAsString(new Stored(r.getAuthorizationUri(), r.getClientId(), r.getRedirectUri(),
                    r.getScopes(), r.getState(), r.getAdditionalParameters(), r.getAttributes(), r.getAuthorizationRequestUri()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OAuth2AuthorizationRequest read(String json) {
        try {
            Stored s = HallJson.wire().readValue(json, Stored.class);
            return OAuth2AuthorizationRequest.authorizationCode().authorizationUri(s.authorizationUri()).clientId(s.clientId())
                    .redirectUri(s.redirectUri()).scopes(s.scopes()).state(s.state())
                    .additionalParameters(s.additionalParameters()).attributes(s.attributes())
                    .authorizationRequestUri(s.authorizationRequestUri()).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An authorization code request as stored; its values (nonce, PKCE verifier, registration, target) are text. */
    private record Stored(String authorizationUri, String clientId, String redirectUri, Set<String> scopes, String state,
                          Map<String, Object> additionalParameters, Map<String, Object> attributes,
                          String authorizationRequestUri) {
    }
}
