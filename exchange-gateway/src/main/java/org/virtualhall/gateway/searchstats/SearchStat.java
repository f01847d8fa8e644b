package org.virtualhall.gateway.searchstats;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 热词: what citizens searched for on one day (Asia/Shanghai) with one query, as absolute counts so far; carried on
 * the {@code search_stats} channel in an envelope of type {@value #TYPE} and upserted by the approval system
 * (docs/contracts.md). No person is in it: no address, token, name or mobile.
 *
 * @param query       the query as the search API cleaned it, in lower case
 * @param searches    searches with it
 * @param zeroResults of those, answers without any hit
 * @param fallbacks   of those, answers that were a fallback (nothing matched the words as typed)
 * @param opened      items citizens opened from its results
 * @param applied     applications citizens submitted for an item reached from its results
 * @param lastAt      the last time any of these happened
 */
public record SearchStat(LocalDate day, String query, long searches, long zeroResults, long fallbacks, long opened,
                         long applied, Instant lastAt) {

    public static final String TYPE = "search-stat";
}
