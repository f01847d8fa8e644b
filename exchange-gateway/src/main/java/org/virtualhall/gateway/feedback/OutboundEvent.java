package org.virtualhall.gateway.feedback;

import java.time.Instant;
import org.virtualhall.model.submission.SubmissionStatus;

/**
 * A case event on its way back to the citizen (docs/contracts.md, "Feedback"): pushed by the approval
 * system to the inner side, carried on the {@code feedback} channel, applied to the timeline outside.
 *
 * @param id     unique per event; both sides drop a second copy
 * @param status what the submission becomes; null for a notice that leaves it where it stands (the inner side's
 *               own notices only: the approval system always sends one)
 */
public record OutboundEvent(String id, String receipt, Instant at, SubmissionStatus status, String step,
                            String note, String actor) {
}
