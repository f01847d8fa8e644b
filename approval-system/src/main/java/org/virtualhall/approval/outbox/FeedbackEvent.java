package org.virtualhall.approval.outbox;

import java.time.Instant;
import org.virtualhall.model.submission.SubmissionStatus;

/** One event as the inner gateway takes it on {@code POST /api/outbound/events} (docs/contracts.md). */
public record FeedbackEvent(String id, String receipt, Instant at, SubmissionStatus status, String step,
                            String note, String actor) {
}
