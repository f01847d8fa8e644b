package org.virtualhall.approval.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/** The answer to a review: the case, the grade and, for a bad one, the 整改 deadline. */
record EvaluationResult(String receipt, String evaluation, long caseId, int grade, LocalDate rectifyBy,
                        @JsonIgnore boolean created) {

    static EvaluationResult of(Review r, boolean created) {
        return new EvaluationResult(r.receipt(), r.id(), r.caseId(), r.grade(), r.rectifyBy(), created);
    }
}
