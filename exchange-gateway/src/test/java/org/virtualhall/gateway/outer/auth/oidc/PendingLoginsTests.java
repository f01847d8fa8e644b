package org.virtualhall.gateway.outer.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.virtualhall.gateway.support.GatewayDatabase;
import org.virtualhall.gateway.support.MutableClock;

/**
 * Logins between their start and the provider's answer, on the shipped schema in H2 and PostgreSQL: taken once, only
 * with the cookie of the browser that started them, only before they expire, with everything Spring Security checks
 * the answer against.
 */
class PendingLoginsTests {

    @Nested
    class OnH2 extends Cases {
        @Override
        DataSource database() {
            return GatewayDatabase.fresh();
        }
    }

    @Nested
    class OnPostgreSQL extends Cases {
        @Override
        DataSource database() {
            return GatewayDatabase.postgres();
        }
    }

    abstract static class Cases {

        private static final URI TARGET = URI.create("http://127.0.0.1:50123/callback");

        private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T02:00:00Z"));
        private PendingLogins logins;

        abstract DataSource database();

        @BeforeEach
        void freshStore() {
            logins = new PendingLogins(new JdbcTemplate(database()), clock,
                    OidcSettings.of(Map.of("login-timeout", "10m")));
        }

        @Test
        void theBrowserThatStartedALoginTakesItOnceWithEverythingTheAnswerIsCheckedAgainst() {
            OAuth2AuthorizationRequest started = PendingLogins.withRedirect(request("s1"), TARGET);
            Cookie cookie = start(started);

            assertThat(cookie.isHttpOnly()).isTrue();
            assertThat(cookie.getPath()).isEqualTo(OidcPaths.CALLBACK);
            MockHttpServletRequest answer = answer("s1", cookie);
            OAuth2AuthorizationRequest taken = logins.removeAuthorizationRequest(answer, new MockHttpServletResponse());

            assertThat(taken).usingRecursiveComparison().isEqualTo(started);
            assertThat(PendingLogins.redirectOf(answer)).contains(TARGET.toString());
            assertThat(logins.removeAuthorizationRequest(answer("s1", cookie), new MockHttpServletResponse()))
                    .as("taken once").isNull();
        }

        @Test
        void anotherBrowserOrNoCookieFindsNoLogin() {
            start(request("s2"));

            assertThat(logins.loadAuthorizationRequest(answer("s2", new Cookie(PendingLogins.COOKIE, "someone-else")))).isNull();
            MockHttpServletRequest withoutCookie = new MockHttpServletRequest("GET", OidcPaths.CALLBACK);
            withoutCookie.setParameter("state", "s2");
            assertThat(logins.removeAuthorizationRequest(withoutCookie, new MockHttpServletResponse())).isNull();
            assertThat(PendingLogins.redirectOf(withoutCookie)).isEmpty();
        }

        @Test
        void aLoginExpiresAfterTheTimeout() {
            Cookie cookie = start(request("s3"));

            clock.advance(Duration.ofMinutes(9));
            assertThat(logins.loadAuthorizationRequest(answer("s3", cookie))).isNotNull();
            clock.advance(Duration.ofMinutes(1));
            assertThat(logins.removeAuthorizationRequest(answer("s3", cookie), new MockHttpServletResponse())).isNull();
        }

        private Cookie start(OAuth2AuthorizationRequest request) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            logins.saveAuthorizationRequest(request, new MockHttpServletRequest("GET", OidcPaths.START), response);
            assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).contains("SameSite=Lax");
            return response.getCookie(PendingLogins.COOKIE);
        }

        private static MockHttpServletRequest answer(String state, Cookie cookie) {
            MockHttpServletRequest answer = new MockHttpServletRequest("GET", OidcPaths.CALLBACK);
            answer.setParameter("state", state);
            answer.setParameter("code", "c");
            answer.setCookies(cookie);
            return answer;
        }

        private static OAuth2AuthorizationRequest request(String state) {
            return OAuth2AuthorizationRequest.authorizationCode().authorizationUri("http://127.0.0.1:9/oauth2/authorize")
                    .clientId("virtual-hall").redirectUri("http://127.0.0.1:8080" + OidcPaths.CALLBACK)
                    .scopes(Set.of("openid", "profile")).state(state)
                    .additionalParameters(Map.of("nonce", "hash-of-nonce", "code_challenge", "challenge",
                            "code_challenge_method", "S256"))
                    .attributes(Map.of("registration_id", "province", "nonce", "nonce", "code_verifier", "verifier"))
                    .build();
        }
    }
}
