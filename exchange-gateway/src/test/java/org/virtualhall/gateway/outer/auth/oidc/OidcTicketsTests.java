package org.virtualhall.gateway.outer.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.GatewayDatabase;
import org.virtualhall.gateway.support.MutableClock;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.submission.Applicant;

/** One-time tickets on the shipped schema, in H2 (the embedded default) and in PostgreSQL (a deployment's). */
class OidcTicketsTests {

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

        private static final Applicant CITIZEN = new Applicant("李晓梅", Applicants.idNumber(7), "13912345678");

        private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T02:00:00Z"));
        private JdbcTemplate jdbc;
        private OidcTickets tickets;

        abstract DataSource database();

        @BeforeEach
        void freshStore() {
            jdbc = new JdbcTemplate(database());
            tickets = new OidcTickets(jdbc, clock, OidcSettings.of(Map.of()));
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
            OidcTickets other = new OidcTickets(jdbc, clock, OidcSettings.of(Map.of()));
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
    }
}
