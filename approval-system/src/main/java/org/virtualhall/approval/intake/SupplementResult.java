package org.virtualhall.approval.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The answer to a supplement: the case it was added to. {@code created} is false for a repeat. */
public record SupplementResult(String receipt, String supplement, long caseId, String state, int materials,
                               @JsonIgnore boolean created) {
}
