package org.virtualhall.approval.consultation;

import java.time.Instant;
import java.time.LocalDate;

/** A citizen's question (咨询) as the department sees it, with its deadline and answer. */
public record Question(String id, String itemCode, String department, String question, Instant askedAt, LocalDate answerBy,
                       String answer, Instant answeredAt, String answeredBy, Integer rating) {

    /** Not answered after its deadline. */
    public boolean overdue(LocalDate today) {
        return answer == null && today.isAfter(answerBy);
    }
}
