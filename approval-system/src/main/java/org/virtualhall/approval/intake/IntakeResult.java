package org.virtualhall.approval.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/** The answer to an intake: the case the receipt now names. {@code created} is false for a repeat. */
public record IntakeResult(String receipt, long caseId, String state, LocalDate deadline,
                           @JsonIgnore boolean created) {
}
