package org.virtualhall.approval.workflow;

/** A step that the case's state, type or data does not allow; the message says why, in the hall's words. */
public class TransitionRefusedException extends RuntimeException {

    public TransitionRefusedException(String reason) {
        super(reason);
    }
}
