package org.virtualhall.gateway.outer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.support.GatewayDatabase;

/** 受理编号 on the shipped schema: in order at each instance, never twice across instances, the day in Beijing time. */
class ReceiptNumbersTests {

    private static final String FORMAT = "SB\\d{8}-[2-9A-HJ-NP-Z]{10}";
    private static final Instant NOON_BEIJING = Instant.parse("2026-12-02T04:00:00Z");

    @Test
    void numbersGrowAtOneInstanceWhileTheClockStandsStill() {
        ReceiptNumbers numbers = new ReceiptNumbers(new JdbcTemplate(GatewayDatabase.fresh()));
        List<String> given = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            given.add(numbers.next(NOON_BEIJING));
        }

        assertThat(given).allMatch(r -> r.matches(FORMAT)).doesNotHaveDuplicates().isSorted();
        assertThat(given.get(0)).startsWith("SB20261202-");
    }

    @ParameterizedTest
    @MethodSource(GatewayDatabase.BOTH)
    void instancesOnOneDatabaseNeverGiveTheSameNumberNorDoesARestart(DataSource database) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        List<ReceiptNumbers> instances = List.of(new ReceiptNumbers(jdbc), new ReceiptNumbers(jdbc), new ReceiptNumbers(jdbc));
        ConcurrentLinkedQueue<String> given = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                ReceiptNumbers numbers = instances.get(t % instances.size());
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 3_000; i++) {
                        given.add(numbers.next(NOON_BEIJING));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
        ReceiptNumbers restarted = new ReceiptNumbers(jdbc);
        for (int i = 0; i < 100; i++) {
            given.add(restarted.next(NOON_BEIJING));
        }

        assertThat(given).hasSize(18_100).doesNotHaveDuplicates();
    }

    @Test
    void everyNumberSortsAboveThoseOfTheSchemeBeforeWhoseLettersHeldTheMillisecond() {
        String lastOfTheDayBefore = "SB20261202-" + ReceiptNumbers.letters((86_399_999L << 20) | ((1L << 20) - 1));

        assertThat(new ReceiptNumbers(new JdbcTemplate(GatewayDatabase.fresh())).next(NOON_BEIJING))
                .isGreaterThan(lastOfTheDayBefore);
    }

    @Test
    void theDayIsBeijingsSoANumberAfterItsMidnightStartsTheNextDay() {
        ReceiptNumbers numbers = new ReceiptNumbers(new JdbcTemplate(GatewayDatabase.fresh()));

        assertThat(numbers.next(Instant.parse("2026-12-02T15:59:59.999Z"))).startsWith("SB20261202-");
        assertThat(numbers.next(Instant.parse("2026-12-02T16:00:00Z"))).startsWith("SB20261203-");
    }

    @Test
    void lettersSortAsTheirValues() {
        long[] values = {0, 1, 31, 32, 1L << 20, (86_399_999L << 20) | 12345, (1L << 50) - 1};
        for (int i = 1; i < values.length; i++) {
            assertThat(ReceiptNumbers.letters(values[i])).isGreaterThan(ReceiptNumbers.letters(values[i - 1]));
        }
        assertThat(ReceiptNumbers.letters(0)).isEqualTo("2222222222");
    }
}
