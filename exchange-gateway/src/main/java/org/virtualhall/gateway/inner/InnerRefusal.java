package org.virtualhall.gateway.inner;

/**
 * A submission that must not reach the approval system as it is: quarantined with the reason, for an operator
 * to look at and replay.
 *
 * @see org.virtualhall.gateway.quarantine.QuarantineStore
 */
public class InnerRefusal extends RuntimeException {

    public static final String REFUSED = "SUBMISSION";
    public static final String HELD = "HELD";

    private final String kind;

    public InnerRefusal(String kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
