package org.virtualhall.approval.hotwords;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code search_terms}: the 热词 counts per day and query. Counts only grow, so a row is upserted with the greater
 * of each stored and received count: a repeat, or an older count arriving late, changes nothing.
 */
@Repository
public class SearchTerms {

    private static final String UPDATE = "UPDATE search_terms SET searches = GREATEST(searches, ?), "
            + "zero_results = GREATEST(zero_results, ?), fallbacks = GREATEST(fallbacks, ?), opened = GREATEST(opened, ?), "
            + "applied = GREATEST(applied, ?), last_at = GREATEST(last_at, ?) WHERE searched_on = ? AND query = ?";

    private final JdbcClient jdbc;

    SearchTerms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Upserts each count; each statement stands alone, so what a failure leaves out the next send brings. */
    public void upsert(List<SearchTermCount> counts) {
        for (SearchTermCount c : counts) {
            if (update(c)) {
                continue;
            }
            try {
                jdbc.sql("INSERT INTO search_terms (searched_on, query, searches, zero_results, fallbacks, opened, applied, last_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(c.day(), c.query(), c.searches(), c.zeroResults(), c.fallbacks(), c.opened(), c.applied(),
                                Timestamp.from(c.lastAt()))
                        .update();
            } catch (DuplicateKeyException e) {
                update(c);
            }
        }
    }

    private boolean update(SearchTermCount c) {
        return jdbc.sql(UPDATE).params(c.searches(), c.zeroResults(), c.fallbacks(), c.opened(), c.applied(),
                Timestamp.from(c.lastAt()), c.day(), c.query()).update() == 1;
    }

    /**
     * Queries searched since {@code from}, at least {@code minSearches} times, whose answers did not serve: some found
     * nothing, all were fallbacks, or nobody opened anything from them; most searched first.
     */
    public List<HotWord> unserved(LocalDate from, long minSearches, int limit) {
        return jdbc.sql("SELECT query, SUM(searches) AS searches, SUM(zero_results) AS zero_results, "
                        + "SUM(fallbacks) AS fallbacks, SUM(opened) AS opened, SUM(applied) AS applied, MAX(last_at) AS last_at "
                        + "FROM search_terms WHERE searched_on >= ? GROUP BY query "
                        + "HAVING SUM(searches) >= ? AND (SUM(zero_results) > 0 "
                        + "OR SUM(fallbacks) = SUM(searches) OR SUM(opened) = 0) "
                        + "ORDER BY SUM(searches) DESC, query FETCH FIRST " + limit + " ROWS ONLY")
                .param(from)
                .param(Math.max(1, minSearches))
                .query((rs, n) -> new HotWord(rs.getString("query"), rs.getLong("searches"), rs.getLong("zero_results"),
                        rs.getLong("fallbacks"), rs.getLong("opened"), rs.getLong("applied"),
                        rs.getTimestamp("last_at").toInstant()))
                .list();
    }
}
