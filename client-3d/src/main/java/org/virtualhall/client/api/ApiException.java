package org.virtualhall.client.api;

/** The hall API answered with an error ({@code {"error","reason","field"}}) or could not be reached. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String field;

    public ApiException(int status, String reason, String field) {
        super(reason);
        this.status = status;
        this.field = field;
    }

    /** HTTP status, or 0 when the server was not reached. */
    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
