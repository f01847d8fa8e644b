package org.virtualhall.gateway.outer.searchlog;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.virtualhall.gateway.searchstats.SearchStat;

/**
 * {@code search_stat}: the 热词 counts per day and query, shared by every outer instance on one database. Counts are
 * added by one statement per row (outer instances add to the same rows); each change bumps the row's version, and the
 * rows whose version is above the one last sent are what goes onto the gap next.
 */
@Repository
@Profile("outer")
class SearchStatStore {

    private static final String UPDATE = "UPDATE search_stat SET searches = searches + ?, zero_results = zero_results + ?, "
            + "fallbacks = fallbacks + ?, opened = opened + ?, applied = applied + ?, "
            + "last_at = CASE WHEN last_at > CAST(? AS TIMESTAMP) THEN last_at ELSE CAST(? AS TIMESTAMP) END, "
            + "version = version + 1 WHERE searched_on = ? AND query = ?";
    /** A row without counts, not yet to be sent (version = sent_version). */
    private static final String INSERT = "INSERT INTO search_stat (searched_on, query, searches, zero_results, fallbacks, opened, "
            + "applied, last_at, version, sent_version) SELECT ?, ?, 0, 0, 0, 0, 0, CAST(? AS TIMESTAMP), 0, 0 "
            + "WHERE NOT EXISTS (SELECT 1 FROM search_stat WHERE searched_on = ? AND query = ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    SearchStatStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Adds the counts to their rows in one transaction: all or none, so a failed write can be tried again whole. The
     * rows a day's first search of a query needs are inserted before, outside it (an insert that loses a race to
     * another outer instance would end a PostgreSQL transaction).
     */
    void add(Map<DayQuery, Counts> counts) {
        counts.forEach(this::ensure);
        tx.executeWithoutResult(status -> counts.forEach((key, c) -> {
            Timestamp at = Timestamp.from(c.lastAt());
            jdbc.update(UPDATE, c.searches(), c.zeroResults(), c.fallbacks(), c.opened(), c.applied(), at, at,
                    key.day(), key.query());
        }));
    }

    private void ensure(DayQuery key, Counts c) {
        try {
            jdbc.update(INSERT, key.day(), key.query(), Timestamp.from(c.lastAt()), key.day(), key.query());
        } catch (DuplicateKeyException e) {
            // another outer instance inserted it first
        }
    }

    /** Up to {@code limit} rows changed since they were last sent, with the version read. */
    List<Changed> changed(int limit) {
        return jdbc.query("SELECT searched_on, query, searches, zero_results, fallbacks, opened, applied, last_at, version "
                + "FROM search_stat WHERE version > sent_version ORDER BY searched_on, query FETCH FIRST " + limit + " ROWS ONLY",
                (rs, n) -> new Changed(new SearchStat(rs.getDate("searched_on").toLocalDate(), rs.getString("query"),
                        rs.getLong("searches"), rs.getLong("zero_results"), rs.getLong("fallbacks"), rs.getLong("opened"),
                        rs.getLong("applied"), rs.getTimestamp("last_at").toInstant()), rs.getLong("version")));
    }

    /** Records the rows as sent at the version read; a row changed since stays changed. */
    void markSent(List<Changed> rows) {
        jdbc.batchUpdate("UPDATE search_stat SET sent_version = ? WHERE searched_on = ? AND query = ? AND sent_version < ?",
                rows.stream().map(r -> new Object[] {r.version(), r.stat().day(), r.stat().query(), r.version()}).toList());
    }

    /** A row's counts and the version they were read at. */
    record Changed(SearchStat stat, long version) {
    }
}
