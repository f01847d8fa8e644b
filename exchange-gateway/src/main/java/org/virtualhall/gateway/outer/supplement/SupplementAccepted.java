package org.virtualhall.gateway.outer.supplement;

/** The 202 answer to a supplement: the receipt it completes and the supplement's own id. */
public record SupplementAccepted(String receipt, String supplement, String status) {
}
