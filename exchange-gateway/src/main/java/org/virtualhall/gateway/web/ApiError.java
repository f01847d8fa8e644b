package org.virtualhall.gateway.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The error body of every 4xx and 503 (docs/api.md).
 *
 * @param retryAfter on a 429, the seconds until the same request may succeed (also the {@code Retry-After} header)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String reason, String field, Long retryAfter) {

    public ApiError(String error, String reason, String field) {
        this(error, reason, field, null);
    }
}
