package org.virtualhall.gateway.web;

import org.springframework.http.HttpStatus;

/**
 * A request refused for the caller's fault, answered as {@code {"error","reason","field"}} (docs/api.md).
 *
 * @param error  a stable machine code, e.g. {@code classified_marker}
 * @param reason what is wrong, in words a citizen understands
 * @param field  the path of the field at fault, or null when the whole request is
 */
public class Refusal extends RuntimeException {

    private final HttpStatus status;
    private final String error;
    private final String field;

    public Refusal(HttpStatus status, String error, String reason, String field) {
        super(reason);
        this.status = status;
        this.error = error;
        this.field = field;
    }

    public static Refusal badRequest(String error, String reason, String field) {
        return new Refusal(HttpStatus.BAD_REQUEST, error, reason, field);
    }

    public HttpStatus status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String field() {
        return field;
    }

    public ApiError body() {
        return new ApiError(error, getMessage(), field);
    }
}
