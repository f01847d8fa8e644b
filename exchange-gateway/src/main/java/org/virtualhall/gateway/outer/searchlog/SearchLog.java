package org.virtualhall.gateway.outer.searchlog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * 热词: counts searches and what citizens did with their answers, per day (Asia/Shanghai) and normalised query. A
 * search only adds to a map in memory; {@link #flush()} (on a timer) adds the map to the database. A failed write is
 * logged and counted ({@code hall_search_log_failures_total}) and its counts wait for the next flush; while the
 * database stays away, queries beyond {@code max-pending} are not counted ({@code hall_search_log_dropped_total}).
 */
@Component
@Profile("outer")
public class SearchLog {

    private static final Logger LOG = LoggerFactory.getLogger(SearchLog.class);
    private static final ZoneId DAY_ZONE = ZoneId.of("Asia/Shanghai");

    private final SearchStatStore store;
    private final Clock clock;
    private final int maxPending;
    private final Counter failures;
    private final Counter dropped;
    private Map<DayQuery, Counts> pending = new HashMap<>();

    SearchLog(SearchStatStore store, Clock clock, SearchLogProperties props, MeterRegistry meters) {
        this.store = store;
        this.clock = clock;
        this.maxPending = props.maxPending();
        this.failures = meters.counter("hall.search.log.failures");
        this.dropped = meters.counter("hall.search.log.dropped");
    }

    /** A search with this normalised query answered {@code hits} hits, a fallback or not. */
    public void searched(String query, int hits, boolean fallback) {
        Instant now = clock.instant();
        count(query, now, Counts.search(hits == 0, fallback, now));
    }

    /** A citizen opened an item from the answer to this query, or applied for one reached from it. */
    void acted(String query, FeedbackAction action) {
        Instant now = clock.instant();
        count(query, now, Counts.action(action, now));
    }

    private void count(String query, Instant at, Counts counts) {
        DayQuery key = new DayQuery(LocalDate.ofInstant(at, DAY_ZONE), query);
        synchronized (this) {
            if (pending.size() >= maxPending && !pending.containsKey(key)) {
                dropped.increment();
                return;
            }
            pending.merge(key, counts, Counts::plus);
        }
    }

    /** Adds what was counted since the last flush to the database; on failure keeps it for the next one. */
    @PreDestroy
    public void flush() {
        Map<DayQuery, Counts> taken;
        synchronized (this) {
            if (pending.isEmpty()) {
                return;
            }
            taken = pending;
            pending = new HashMap<>();
        }
        try {
            store.add(taken);
        } catch (RuntimeException e) {
            failures.increment();
            LOG.warn("search counts of {} queries not written, kept for the next try: {}", taken.size(), e.toString());
            synchronized (this) {
                taken.forEach((key, counts) -> pending.merge(key, counts, Counts::plus));
            }
        }
    }
}
