package org.virtualhall.approval.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.virtualhall.approval.system.InvalidInputException;

/**
 * One answer of {@code POST /api/intake/batch}: {@code status} is what {@code POST /api/intake} would have
 * answered for this request alone (201, 200 or 400), with the same fields (docs/contracts.md).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntakeOutcome(String receipt, int status, Long caseId, String state, LocalDate deadline,
                            String error, String reason, String field) {

    static IntakeOutcome of(IntakeResult r) {
        return new IntakeOutcome(r.receipt(), r.created() ? 201 : 200, r.caseId(), r.state(), r.deadline(),
                null, null, null);
    }

    static IntakeOutcome refused(IntakeRequest request, InvalidInputException e) {
        return new IntakeOutcome(request == null ? null : request.sbh(), 400, null, null, null, "invalid",
                e.getMessage(), e.field());
    }
}
