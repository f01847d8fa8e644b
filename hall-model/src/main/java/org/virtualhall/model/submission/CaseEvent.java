package org.virtualhall.model.submission;

import java.time.Instant;

/**
 * One recorded step of a case, as it travels back to the citizen (外网反馈).
 *
 * @param status the submission status after this step
 * @param step   the step's name in the hall's words, e.g. 受理, 一次性告知补正
 * @param note   what the citizen is told; for a correction, every missing material
 * @param actor  who took the step (a badge number, or "system")
 */
public record CaseEvent(String receipt, Instant at, SubmissionStatus status, String step,
                        String note, String actor) {
}
