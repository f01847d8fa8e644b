package org.virtualhall.gateway.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The error body of every 4xx and 503 (docs/api.md). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String reason, String field) {
}
