package org.virtualhall.gateway.outer.searchlog;

import java.time.Instant;

/** Counts of one day and query: added up in memory, then added to its row. */
record Counts(long searches, long zeroResults, long fallbacks, long opened, long applied, Instant lastAt) {

    static Counts search(boolean zeroResults, boolean fallback, Instant at) {
        return new Counts(1, zeroResults ? 1 : 0, fallback ? 1 : 0, 0, 0, at);
    }

    static Counts action(FeedbackAction action, Instant at) {
        return new Counts(0, 0, 0, action == FeedbackAction.OPENED ? 1 : 0, action == FeedbackAction.APPLIED ? 1 : 0, at);
    }

    Counts plus(Counts other) {
        return new Counts(searches + other.searches, zeroResults + other.zeroResults, fallbacks + other.fallbacks,
                opened + other.opened, applied + other.applied, lastAt.isAfter(other.lastAt) ? lastAt : other.lastAt);
    }
}
