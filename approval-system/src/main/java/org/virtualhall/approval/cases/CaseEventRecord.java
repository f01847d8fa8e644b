package org.virtualhall.approval.cases;

import java.time.Instant;
import org.virtualhall.model.submission.SubmissionStatus;

/** One recorded step of a case: who did what, when, with which note. */
public record CaseEventRecord(String id, long caseId, Instant at, String step, CaseState state,
                              SubmissionStatus status, String note, String actor) {
}
