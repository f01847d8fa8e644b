package org.virtualhall.gateway.outer.auth.operator;

/**
 * A service outside the hall that sign-in needs — SMS delivery, the carrier's real-name check — cannot serve now.
 * The caller is answered 503 and may try again; nothing it asked for is kept.
 */
public class OperatorUnavailable extends RuntimeException {

    public OperatorUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
