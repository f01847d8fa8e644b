package org.virtualhall.approval.system;

/** The caller sent something we cannot accept; {@code field} names the part at fault (JSON path). */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
