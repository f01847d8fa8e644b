package org.virtualhall.gateway.inner.load;

/** The approval system could not take a record now; the message stays on the queue and is tried again. */
public class ApprovalUnavailable extends RuntimeException {

    public ApprovalUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
