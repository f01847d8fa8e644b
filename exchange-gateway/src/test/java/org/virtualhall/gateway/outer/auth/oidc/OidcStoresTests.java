package org.virtualhall.gateway.outer.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.GatewayDatabase;
import org.virtualhall.gateway.support.MutableClock;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.submission.Applicant;

/**
 * The sign-in's stores on the shipped schema, in H2 (the embedded default) and in PostgreSQL (a deployment's): one-time
 * tickets, and logins between their start and the provider's answer (taken once, only with the cookie of the browser
 * that started them, only before they expire, with everything Spring Security checks the answer against).
 */
class OidcStoresTests {

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

        /** The settings a deployment gets when it sets none but the provider. */
        private static final OidcProperties DEFAULTS = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("hall.gateway.outer.auth.oidc", OidcProperties.class);
        private static final URI TARGET = URI.create("http://127.0.0.1:50123/callback");
        private static final Applicant CITIZEN = new Applicant("李晓梅", Applicants.idNumber(7), "13912345678");

        private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T02:00:00Z"));
        private JdbcTemplate jdbc;
        private OidcTickets tickets;
        private PendingLogins logins;

        abstract DataSource database();

        @BeforeEach
        void freshStores() {
            jdbc = new JdbcTemplate(database());
            tickets = new OidcTickets(jdbc, clock, DEFAULTS);
            logins = new PendingLogins(jdbc, clock, DEFAULTS);
        }

        @Test
        void aTicketGivesItsCitizenOnceAndOnlyItsHashIsKept() {
            String ticket = tickets.issue(CITIZEN);

            assertThat(ticket).matches("[A-Za-z0-9_-]{43}");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oidc_ticket", Long.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oidc_ticket WHERE ticket_hash = ?", Long.class, ticket))
                    .isZero();
            assertThat(tickets.redeem(ticket)).isEqualTo(CITIZEN);
            assertRefused(ticket, "used_ticket");
        }

        @Test
        void aTicketHoldsTwoMinutesByDefault() {
            String fresh = tickets.issue(CITIZEN);
            String stale = tickets.issue(CITIZEN);

            clock.advance(Duration.ofSeconds(119));
            assertThat(tickets.redeem(fresh)).isEqualTo(CITIZEN);
            clock.advance(Duration.ofSeconds(1));
            assertRefused(stale, "expired_ticket");
        }

        @Test
        void anUnknownTicketIsInvalidAndAMissingOneNamesTheField() {
            tickets.issue(CITIZEN);

            assertRefused("not-a-ticket-of-this-hall", "invalid_ticket");
            assertThatThrownBy(() -> tickets.redeem(" ")).isInstanceOfSatisfying(Refusal.class, r -> {
                assertThat(r.status().value()).isEqualTo(400);
                assertThat(r.field()).isEqualTo("ticket");
            });
        }

        @Test
        void ofTwoInstancesRedeemingTheSameTicketAtOnceOneWins() throws Exception {
            OidcTickets other = new OidcTickets(jdbc, clock, DEFAULTS);
            for (int round = 0; round < 20; round++) {
                String ticket = tickets.issue(CITIZEN);
                List<Callable<Applicant>> both = List.of(() -> attempt(tickets, ticket), () -> attempt(other, ticket));
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    List<Applicant> got = pool.invokeAll(both).stream().map(Cases::result).toList();
                    assertThat(got).as("round " + round).filteredOn(a -> a != null).containsExactly(CITIZEN);
                } finally {
                    pool.shutdown();
                }
            }
        }

        @Test
        void spentTicketsAreClearedADayAfterTheyExpire() {
            String old = tickets.issue(CITIZEN);
            tickets.redeem(old);
            clock.advance(Duration.ofDays(1).plusMinutes(3));
            tickets.issue(CITIZEN);

            assertRefused(old, "invalid_ticket");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oidc_ticket", Long.class)).isEqualTo(1);
        }

        private void assertRefused(String ticket, String error) {
            assertThatThrownBy(() -> tickets.redeem(ticket)).isInstanceOfSatisfying(Refusal.class, r -> {
                assertThat(r.status().value()).isEqualTo(401);
                assertThat(r.error()).isEqualTo(error);
                assertThat(r.field()).isEqualTo("ticket");
                assertThat(r.getMessage()).isNotBlank();
            });
        }

        private static Applicant attempt(OidcTickets store, String ticket) {
            try {
                return store.redeem(ticket);
            } catch (Refusal r) {
                assertThat(r.error()).isEqualTo("used_ticket");
                return null;
            }
        }

        private static Applicant result(Future<Applicant> f) {
            try {
                return f.get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
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
        void aLoginExpiresAfterTenMinutesByDefault() {
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
