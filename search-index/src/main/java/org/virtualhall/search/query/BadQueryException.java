package org.virtualhall.search.query;

/** The caller's query cannot be searched; {@code field} names the parameter at fault. */
public final class BadQueryException extends RuntimeException {

    private final String field;

    public BadQueryException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
