package org.virtualhall.gateway.outer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.support.GatewayDatabase;

/** 受理编号 on the shipped schema: in order, never twice, the day in Beijing time, above what is stored. */
class ReceiptNumbersTests {

    private static final String FORMAT = "SB\\d{8}-[2-9A-HJ-NP-Z]{10}";
    private static final Instant NOON_BEIJING = Instant.parse("2026-12-02T04:00:00Z");

    private final JdbcTemplate jdbc = new JdbcTemplate(GatewayDatabase.fresh());

    @Test
    void numbersGrowWithTheClockAndKeepGrowingWhenItStandsStill() {
        ReceiptNumbers numbers = new ReceiptNumbers(jdbc);
        List<String> given = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // a thousand numbers in each of twenty milliseconds: faster than the clock
            given.add(numbers.next(NOON_BEIJING.plusMillis(i / 1_000)));
        }

        assertThat(given).allMatch(r -> r.matches(FORMAT)).doesNotHaveDuplicates().isSorted();
        assertThat(given.get(0)).startsWith("SB20261202-");
    }

    @Test
    void aLaterMillisecondSortsAfterAnEarlierOneWhateverTheirRandomStart() {
        for (int i = 0; i < 100; i++) {
            String earlier = new ReceiptNumbers(new JdbcTemplate(GatewayDatabase.fresh())).next(NOON_BEIJING);
            String later = new ReceiptNumbers(new JdbcTemplate(GatewayDatabase.fresh())).next(NOON_BEIJING.plusMillis(1));

            assertThat(later).isGreaterThan(earlier);
        }
    }

    @Test
    void theDayIsBeijingsSoANumberAfterItsMidnightStartsTheNextDay() {
        ReceiptNumbers numbers = new ReceiptNumbers(jdbc);

        assertThat(numbers.next(Instant.parse("2026-12-02T15:59:59.999Z"))).startsWith("SB20261202-");
        assertThat(numbers.next(Instant.parse("2026-12-02T16:00:00Z"))).startsWith("SB20261203-");
    }

    @Test
    void afterARestartWithTheClockGoneBackNumbersStartAboveTheStoredOnes() {
        startsAboveTheStoredOnes(jdbc);
    }

    @Test
    void onPostgresqlToo() {
        startsAboveTheStoredOnes(new JdbcTemplate(GatewayDatabase.postgres()));
    }

    private static void startsAboveTheStoredOnes(JdbcTemplate jdbc) {
        ReceiptNumbers before = new ReceiptNumbers(jdbc);
        String lastSubmission = before.next(NOON_BEIJING.plusSeconds(60));
        String lastKey = before.next(NOON_BEIJING.plusSeconds(120));
        storeSubmission(jdbc, lastSubmission);
        jdbc.update("INSERT INTO submission_key (id_number, idem_key, receipt, fingerprint, created_at) VALUES ('1', 'k', ?, ?, ?)",
                lastKey, "0".repeat(64), Timestamp.from(NOON_BEIJING));
        // another day's greater number does not count
        storeSubmission(jdbc, "SB20261203-ZZZZZZZZZZ");

        List<String> after = aThousandAtNoon(new ReceiptNumbers(jdbc));

        assertThat(after).allMatch(r -> r.compareTo(lastKey) > 0 && r.startsWith("SB20261202-")).doesNotHaveDuplicates()
                .isSorted();
        assertThat(after.get(0)).isLessThan(before.next(NOON_BEIJING.plusSeconds(121)));
    }

    @Test
    void aStoredNumberOfTheOldRandomKindDoesNotStopTheDay() {
        storeSubmission(jdbc, "SB20261202-XQ7K2M9P4W");

        List<String> given = aThousandAtNoon(new ReceiptNumbers(jdbc));

        assertThat(given).hasSize(1_000).doesNotHaveDuplicates()
                .allMatch(r -> r.matches(FORMAT) && r.compareTo("SB20261202-XQ7K2M9P4W") > 0);
    }

    /** A thousand numbers while the clock stands at noon. */
    private static List<String> aThousandAtNoon(ReceiptNumbers numbers) {
        List<String> given = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            given.add(numbers.next(NOON_BEIJING));
        }
        return given;
    }

    private static void storeSubmission(JdbcTemplate jdbc, String receipt) {
        jdbc.update("INSERT INTO submission (receipt, item_code, id_number, created_at) VALUES (?, 'X', '1', ?)",
                receipt, Timestamp.from(NOON_BEIJING));
    }

    @Test
    void lettersAndValuesAreEachOthersInverseAndSortTheSameWay() {
        long[] values = {0, 1, 31, 32, 1L << 20, (86_399_999L << 20) | 12345, (1L << 50) - 1};
        for (int i = 0; i < values.length; i++) {
            assertThat(ReceiptNumbers.value(ReceiptNumbers.letters(values[i]))).isEqualTo(values[i]);
            if (i > 0) {
                assertThat(ReceiptNumbers.letters(values[i])).isGreaterThan(ReceiptNumbers.letters(values[i - 1]));
            }
        }
        assertThat(ReceiptNumbers.value("ABCDEFGHI1")).isEqualTo(-1);
    }
}
