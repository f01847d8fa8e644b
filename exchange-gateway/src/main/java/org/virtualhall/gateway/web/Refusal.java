package org.virtualhall.gateway.web;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/**
 * A request refused for the caller's fault, answered as {@code {"error","reason","field"}} (docs/api.md); a 429
 * also says when to try again ({@link #tooManyRequests}).
 *
 * @param error  a stable machine code, e.g. {@code classified_marker}
 * @param reason what is wrong, in words a citizen understands
 * @param field  the path of the field at fault, or null when the whole request is
 */
public class Refusal extends RuntimeException {

    private final HttpStatus status;
    private final String error;
    private final String field;
    private final Long retryAfter;

    public Refusal(HttpStatus status, String error, String reason, String field) {
        this(status, error, reason, field, null);
    }

    private Refusal(HttpStatus status, String error, String reason, String field, Long retryAfter) {
        super(reason);
        this.status = status;
        this.error = error;
        this.field = field;
        this.retryAfter = retryAfter;
    }

    /** A 429: the caller may try again after {@code wait}, given in whole seconds (at least 1). */
    public static Refusal tooManyRequests(String error, String reason, String field, Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        return new Refusal(HttpStatus.TOO_MANY_REQUESTS, error, reason, field, seconds);
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

    /** Seconds until the request may succeed, on a 429; null otherwise. */
    public Long retryAfter() {
        return retryAfter;
    }

    public ApiError body() {
        return new ApiError(error, getMessage(), field, retryAfter);
    }
}
