package org.virtualhall.approval.hotwords;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One day's counts of one query as the outer gateway counted them (docs/contracts.md): absolute, so the same counts
 * sent twice change nothing.
 */
public record SearchTermCount(LocalDate day, String query, Long searches, Long zeroResults, Long fallbacks, Long opened,
                              Long applied, Instant lastAt) {
}
