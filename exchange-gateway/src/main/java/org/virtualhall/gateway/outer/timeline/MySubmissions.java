package org.virtualhall.gateway.outer.timeline;

import java.time.Instant;
import java.util.List;

/** The body of {@code GET /api/submissions} (docs/api.md): a page of the citizen's submissions, newest first. */
public record MySubmissions(long total, int page, int size, List<Item> items) {

    /** {@code itemName} is the item's name in the hall as published now (null for an item no longer in it). */
    public record Item(String receipt, String itemCode, String itemName, String status, Instant submittedAt, LastEvent lastEvent) {
    }

    /** The latest step of the submission's timeline. */
    public record LastEvent(Instant at, String step, String note) {
    }
}
