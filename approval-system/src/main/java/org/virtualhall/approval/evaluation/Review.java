package org.virtualhall.approval.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A citizen's review of a case (好差评) as stored, with its 整改 (rectification) when it was a bad one.
 *
 * @param rectifyBy the 整改 deadline, null for a review that is not bad
 * @param reply     the head's 回访 to the citizen, null until given
 */
public record Review(String id, long caseId, String receipt, int grade, List<String> reasons, String comment,
                     String department, String windowNo, String staff, Instant evaluatedAt, LocalDate rectifyBy,
                     String reply, Instant repliedAt, String repliedBy) {

    public boolean bad() {
        return rectifyBy != null;
    }

    /** Hours from the review to the head's reply (整改用时), null while not replied. */
    public Double handlingHours() {
        return repliedAt == null ? null : Duration.between(evaluatedAt, repliedAt).toMinutes() / 60.0;
    }

    /** A bad review not replied to after its deadline (超期未整改). */
    public boolean overdue(LocalDate today) {
        return rectifyBy != null && repliedAt == null && today.isAfter(rectifyBy);
    }
}
