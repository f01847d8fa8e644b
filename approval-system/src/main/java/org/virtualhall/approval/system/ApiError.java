package org.virtualhall.approval.system;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The error body of every API answer (docs/api.md). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String reason, String field) {
}
