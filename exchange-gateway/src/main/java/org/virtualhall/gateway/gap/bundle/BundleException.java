package org.virtualhall.gateway.gap.bundle;

/** A bundle that must not be processed; the message is the reason kept with it in quarantine. */
public class BundleException extends Exception {

    public BundleException(String reason) {
        super(reason);
    }

    public BundleException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
