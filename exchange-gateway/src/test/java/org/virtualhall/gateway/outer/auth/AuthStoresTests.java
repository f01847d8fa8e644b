package org.virtualhall.gateway.outer.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.outer.auth.realname.BindingRealNameCheck;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.GatewayDatabase;
import org.virtualhall.model.submission.Applicant;

/**
 * The sign-in stores on the shipped schema, in H2 (the embedded default) and in PostgreSQL (a deployment's), with
 * requests racing each other as they do when many citizens, or several outer instances, hit the same row.
 */
class AuthStoresTests {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

    private final ExecutorService racers = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopRacers() {
        racers.shutdownNow();
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(GatewayDatabase.BOTH)
    void aCodeIsTakenOnceAndOnlyBeforeItExpires(DataSource database) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        CodeStore codes = new CodeStore(jdbc);
        codes.ensure("13800000001");
        assertThat(codes.replace("13800000001", "h1", T0, T0.plusSeconds(300), T0.minusSeconds(60))).isTrue();

        assertThat(codes.consume("13800000001", "other", T0.plusSeconds(10))).isEqualTo(CodeStore.Verdict.WRONG);
        assertThat(codes.consume("13800000001", "h1", T0.plusSeconds(10))).isEqualTo(CodeStore.Verdict.RIGHT);
        assertThat(codes.consume("13800000001", "h1", T0.plusSeconds(11))).isEqualTo(CodeStore.Verdict.WRONG);

        assertThat(codes.replace("13800000001", "h2", T0.plusSeconds(30), T0.plusSeconds(330), T0.minusSeconds(30)))
                .as("within the interval").isFalse();
        assertThat(codes.sentAt("13800000001")).isEqualTo(T0);
        assertThat(codes.replace("13800000001", "h2", T0.plusSeconds(60), T0.plusSeconds(360), T0)).isTrue();
        assertThat(codes.consume("13800000001", "h2", T0.plusSeconds(360))).isEqualTo(CodeStore.Verdict.EXPIRED);
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(GatewayDatabase.BOTH)
    void aCodeThatCouldNotBeDeliveredIsWithdrawn(DataSource database) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        CodeStore codes = new CodeStore(jdbc);
        codes.ensure("13800000002");
        codes.replace("13800000002", "h1", T0, T0.plusSeconds(300), T0.minusSeconds(60));
        codes.withdraw("13800000002", "h1");

        assertThat(codes.consume("13800000002", "h1", T0.plusSeconds(1))).isEqualTo(CodeStore.Verdict.WRONG);
        assertThat(codes.replace("13800000002", "h2", T0.plusSeconds(1), T0.plusSeconds(301), T0.minusSeconds(59)))
                .as("asked again at once").isTrue();
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(GatewayDatabase.BOTH)
    void racingSendsNeverGoBeyondTheDailyCap(DataSource database) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        DailyCaps caps = new DailyCaps(jdbc);
        LocalDate day = LocalDate.of(2026, 11, 23);
        List<Boolean> taken = race(40, () -> {
            caps.ensure("address:10.0.0.1", day);
            return caps.take("address:10.0.0.1", day, 10);
        });

        assertThat(taken.stream().filter(t -> t).count()).isEqualTo(10);
        caps.giveBack("address:10.0.0.1", day);
        assertThat(caps.take("address:10.0.0.1", day, 10)).isTrue();
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(GatewayDatabase.BOTH)
    void racingGuessesGetNoMoreThanTheAllowedTries(DataSource database) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        WrongCodes tries = new WrongCodes(jdbc);
        Instant lockEnd = T0.plusSeconds(900);
        List<Optional<Instant>> answers = race(20, () -> {
            tries.ensure("13800000003");
            return tries.take("13800000003", T0, 5, lockEnd);
        });

        assertThat(answers.stream().filter(Optional::isEmpty).count()).isEqualTo(5);
        assertThat(answers.stream().filter(Optional::isPresent)).allMatch(until -> until.get().equals(lockEnd));
        assertThat(tries.take("13800000003", T0.plusSeconds(899), 5, T0.plusSeconds(1799))).hasValue(lockEnd);
        assertThat(tries.take("13800000003", lockEnd, 5, lockEnd.plusSeconds(900))).as("after the lock").isEmpty();
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(GatewayDatabase.BOTH)
    void wrongCodesLockTheMobileAndARightOneGivesTheTriesBack(DataSource database) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        WrongCodes tries = new WrongCodes(jdbc);
        tries.ensure("13800000004");
        Instant lockEnd = T0.plusSeconds(900);
        for (int i = 0; i < 4; i++) {
            tries.take("13800000004", T0, 5, lockEnd);
            assertThat(tries.wrong("13800000004", 5, lockEnd)).isEqualTo(4 - i);
        }
        tries.take("13800000004", T0, 5, lockEnd);
        tries.right("13800000004");
        for (int i = 0; i < 5; i++) {
            assertThat(tries.take("13800000004", T0, 5, lockEnd)).isEmpty();
            tries.late("13800000004");
        }
        for (int i = 0; i < 5; i++) {
            tries.take("13800000004", T0, 5, lockEnd);
            tries.wrong("13800000004", 5, lockEnd);
        }
        assertThat(tries.take("13800000004", T0.plusSeconds(1), 5, lockEnd.plusSeconds(1))).hasValue(lockEnd);
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(GatewayDatabase.BOTH)
    void racingRefreshesMoveTheGenerationOnOnce(DataSource database) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        SessionStore sessions = new SessionStore(jdbc);
        String id = UUID.randomUUID().toString();
        sessions.create(id, Applicants.applicant(1), T0, T0.plusSeconds(3600));

        List<Boolean> rotated = race(8, () -> sessions.rotate(id, 0, T0.plusSeconds(7200), T0.plusSeconds(1)));

        assertThat(rotated.stream().filter(r -> r).count()).isEqualTo(1);
        assertThat(sessions.find(id).orElseThrow().generation()).isEqualTo(1);
        assertThat(sessions.revoked(id)).isFalse();
        sessions.revoke(id, T0.plusSeconds(2));
        assertThat(sessions.revoked(id)).isTrue();
        assertThat(sessions.rotate(id, 1, T0.plusSeconds(7200), T0.plusSeconds(3))).isFalse();
        assertThat(sessions.revoked(UUID.randomUUID().toString())).as("a session never issued").isTrue();
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(GatewayDatabase.BOTH)
    void racingFirstSignInsBindTheIdNumberToOneMobile(DataSource database) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        BindingRealNameCheck check = new BindingRealNameCheck(jdbc, Clock.fixed(T0, ZoneOffset.UTC));
        Applicant person = Applicants.applicant(2);
        List<Applicant> phones = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            phones.add(new Applicant(person.name(), person.idNumber(), "1390000000" + i));
        }
        List<Callable<Optional<String>>> signIns = phones.stream()
                .<Callable<Optional<String>>>map(p -> () -> check.mismatch(p)).toList();
        List<Optional<String>> answers = new ArrayList<>();
        for (Future<Optional<String>> f : racers.invokeAll(signIns)) {
            answers.add(f.get());
        }

        assertThat(answers.stream().filter(Optional::isEmpty).count()).isEqualTo(1);
        String bound = phones.get(answers.indexOf(Optional.empty())).mobile();
        assertThat(jdbc.queryForObject("SELECT mobile FROM citizen_binding WHERE id_number = ?", String.class,
                person.idNumber())).isEqualTo(bound);
    }

    private <T> List<T> race(int n, Callable<T> call) throws Exception {
        List<Callable<T>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(call);
        }
        List<T> out = new ArrayList<>();
        for (Future<T> f : racers.invokeAll(calls)) {
            out.add(f.get());
        }
        return out;
    }
}
