package org.virtualhall.gateway.outer.evaluation;

import java.util.List;

/** The body of {@code POST /api/submissions/{receipt}/evaluation} (docs/api.md). */
public record EvaluationRequest(Integer grade, List<String> reasons, String comment) {

    public EvaluationRequest {
        reasons = reasons == null ? List.of() : reasons;
        comment = comment == null ? "" : comment;
    }
}
