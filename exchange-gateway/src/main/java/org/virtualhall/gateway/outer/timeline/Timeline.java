package org.virtualhall.gateway.outer.timeline;

import java.time.Instant;
import java.util.List;

/** The body of {@code GET /api/submissions/{receipt}} (API.md). */
public record Timeline(String receipt, String itemCode, String status, List<Event> events) {

    public record Event(Instant at, String status, String step, String note) {
    }
}
