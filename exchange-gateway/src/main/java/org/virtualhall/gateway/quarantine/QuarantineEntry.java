package org.virtualhall.gateway.quarantine;

import java.time.Instant;

/**
 * Something refused on this side, kept with its reason until an operator replays it.
 *
 * @param kind    {@code BUNDLE} (a bundle file that failed verification), {@code SUBMISSION} (refused
 *                inside, e.g. no code mapping, approval said 400) or {@code HELD} (behaviour monitoring)
 * @param payload the envelope JSON, or the path of the kept bundle file
 */
public record QuarantineEntry(long id, String kind, String receipt, String reason, Instant at,
                              Instant replayedAt, String payload) {

    /** The same entry without its payload, for listings. */
    public QuarantineEntry summary() {
        return new QuarantineEntry(id, kind, receipt, reason, at, replayedAt, null);
    }
}
