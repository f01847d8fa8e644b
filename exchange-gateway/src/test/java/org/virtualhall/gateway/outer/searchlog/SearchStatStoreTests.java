package org.virtualhall.gateway.outer.searchlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.virtualhall.gateway.searchstats.SearchStat;
import org.virtualhall.gateway.support.GatewayDatabase;
import org.virtualhall.gateway.support.MutableClock;

/** 热词 counts on the shipped schema, in H2 (the embedded default) and in PostgreSQL (a deployment's). */
class SearchStatStoreTests {

    // 17:30 UTC is 01:30 the next day in Beijing: the day a search counts for is Beijing's
    private static final Instant T0 = Instant.parse("2026-12-06T17:30:00Z");
    private static final LocalDate BEIJING_DAY = LocalDate.parse("2026-12-07");

    @ParameterizedTest
    @MethodSource(GatewayDatabase.BOTH)
    void searchesAndActionsAddUpPerBeijingDayAndQuery(DataSource db) {
        SearchStatStore store = store(db);
        SearchLog log = log(store, new MutableClock(T0));
        log.searched("开饭馆", 0, true);
        log.searched("开饭馆", 3, true);
        log.searched("身份证丢了", 5, false);
        log.acted("身份证丢了", FeedbackAction.OPENED);
        log.flush();
        log.searched("开饭馆", 0, false);
        log.acted("身份证丢了", FeedbackAction.APPLIED);
        log.flush();

        assertThat(store.changed(10)).extracting(SearchStatStore.Changed::stat).containsExactly(
                new SearchStat(BEIJING_DAY, "开饭馆", 3, 2, 2, 0, 0, T0),
                new SearchStat(BEIJING_DAY, "身份证丢了", 1, 0, 0, 1, 1, T0));
    }

    @ParameterizedTest
    @MethodSource(GatewayDatabase.BOTH)
    void aRowSentIsChangedAgainOnlyByANewCountEvenOneMadeWhileItWasBeingSent(DataSource db) {
        SearchStatStore store = store(db);
        MutableClock clock = new MutableClock(T0);
        SearchLog log = log(store, clock);
        log.searched("低保", 2, false);
        log.searched("老人钱", 0, true);
        log.flush();
        List<SearchStatStore.Changed> read = store.changed(10);
        clock.advance(Duration.ofSeconds(60));
        log.searched("低保", 1, false);
        log.flush();
        store.markSent(read);

        assertThat(store.changed(10)).singleElement().satisfies(c -> {
            assertThat(c.stat().query()).isEqualTo("低保");
            assertThat(c.stat().searches()).isEqualTo(2);
            assertThat(c.stat().lastAt()).isEqualTo(T0.plusSeconds(60));
        });
        store.markSent(store.changed(10));
        assertThat(store.changed(10)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(GatewayDatabase.BOTH)
    void changedRowsComeInBatchesOfTheLimit(DataSource db) {
        SearchStatStore store = store(db);
        store.add(Map.of(new DayQuery(BEIJING_DAY, "a"), Counts.search(true, false, T0),
                new DayQuery(BEIJING_DAY, "b"), Counts.search(true, false, T0),
                new DayQuery(BEIJING_DAY, "c"), Counts.search(true, false, T0)));
        assertThat(store.changed(2)).extracting(c -> c.stat().query()).containsExactly("a", "b");
    }

    @ParameterizedTest
    @MethodSource(GatewayDatabase.BOTH)
    void aFailedWriteIsCountedAndItsCountsAreWrittenByTheNextFlush(DataSource db) {
        SearchStatStore store = store(db);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        SearchLog log = new SearchLog(store, new MutableClock(T0), props(), meters);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("ALTER TABLE search_stat RENAME TO search_stat_away");
        log.searched("公积金", 0, true);
        log.flush();
        assertThat(meters.counter("hall.search.log.failures").count()).isEqualTo(1);

        jdbc.execute("ALTER TABLE search_stat_away RENAME TO search_stat");
        log.searched("公积金", 4, false);
        log.flush();
        assertThat(store.changed(10)).extracting(SearchStatStore.Changed::stat)
                .containsExactly(new SearchStat(BEIJING_DAY, "公积金", 2, 1, 1, 0, 0, T0));
    }

    static SearchStatStore store(DataSource db) {
        return new SearchStatStore(new JdbcTemplate(db), new DataSourceTransactionManager(db));
    }

    private static SearchLog log(SearchStatStore store, MutableClock clock) {
        return new SearchLog(store, clock, props(), new SimpleMeterRegistry());
    }

    private static SearchLogProperties props() {
        return new SearchLogProperties(Duration.ofSeconds(1), Duration.ofSeconds(30), 500, 10_000);
    }
}
