package org.virtualhall.gateway.outer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.support.GatewayDatabase;

/**
 * Keys stored by two outer instances on one database: the one that stores a key first keeps it, the other learns
 * that its receipt is not the key's, and a repeat of an unfinished attempt with the same receipt is no conflict.
 */
class IdempotencyKeysStoreTests {

    private static final SubmissionKey KEY = new SubmissionKey("330102199001011234", "key-0001", "f".repeat(64));
    private static final SubmissionKey OTHER = new SubmissionKey("330102199001011234", "key-0002", "e".repeat(64));

    @ParameterizedTest
    @MethodSource(GatewayDatabase.BOTH)
    void theFirstInstanceToStoreAKeyKeepsItAndTheOtherIsToldSo(DataSource database) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        IdempotencyKeys a = new IdempotencyKeys(jdbc, Clock.systemUTC());
        IdempotencyKeys b = new IdempotencyKeys(jdbc, Clock.systemUTC());

        assertThat(a.reserve(List.of(new IdempotencyKeys.Keyed(KEY, "SB20261202-AAAAAAAAAA")))).isEmpty();
        assertThat(b.reserve(List.of(new IdempotencyKeys.Keyed(KEY, "SB20261202-BBBBBBBBBB"),
                new IdempotencyKeys.Keyed(OTHER, "SB20261202-CCCCCCCCCC")))).containsExactly(KEY);
        assertThat(a.reserve(List.of(new IdempotencyKeys.Keyed(KEY, "SB20261202-AAAAAAAAAA")))).isEmpty();

        assertThat(b.earlier(KEY)).hasValueSatisfying(e -> assertThat(e.receipt()).isEqualTo("SB20261202-AAAAAAAAAA"));
        assertThat(a.earlier(OTHER)).hasValueSatisfying(e -> assertThat(e.receipt()).isEqualTo("SB20261202-CCCCCCCCCC"));
    }
}
