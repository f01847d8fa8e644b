package org.virtualhall.client.api;

import java.util.concurrent.CompletionException;

/**
 * The hall API answered with an error ({@code {"error","reason","field"}}, on a 429 also {@code "retryAfter"}) or
 * could not be reached.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String error;
    private final String field;
    private final Long retryAfter;

    public ApiException(int status, String reason, String field) {
        this(status, null, reason, field, null);
    }

    public ApiException(int status, String error, String reason, String field, Long retryAfter) {
        super(reason);
        this.status = status;
        this.error = error;
        this.field = field;
        this.retryAfter = retryAfter;
    }

    /** The failure of a call made in the background, as an API error (one that is not becomes status 0). */
    public static ApiException of(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof ApiException e ? e : new ApiException(0, String.valueOf(cause.getMessage()), null);
    }

    /** HTTP status, or 0 when the server was not reached. */
    public int status() {
        return status;
    }

    /** The stable error code ({@code invalid_code}, {@code revoked} …), or null when the server sent none. */
    public String error() {
        return error;
    }

    public String field() {
        return field;
    }

    /** On a 429, the seconds until the same request may succeed; null otherwise. */
    public Long retryAfter() {
        return retryAfter;
    }

    /** The server is down or busy: the same request may succeed later, nothing was refused. */
    public boolean transientFailure() {
        return status == 0 || status >= 500;
    }
}
