package org.virtualhall.gateway.outer.timeline;

import java.time.Instant;
import java.util.List;

/** The body of {@code GET /api/submissions/{receipt}} (docs/api.md). */
public record Timeline(String receipt, String itemCode, String status, List<Event> events) {

    /** One step; {@code status} is null for a notice, which leaves the submission's status as it was. */
    public record Event(Instant at, String status, String step, String note) {
    }
}
