package org.virtualhall.gateway.outer.searchlog;

import java.time.LocalDate;

/** A row of {@code search_stat}: a day in Asia/Shanghai and a normalised query. */
record DayQuery(LocalDate day, String query) {
}
