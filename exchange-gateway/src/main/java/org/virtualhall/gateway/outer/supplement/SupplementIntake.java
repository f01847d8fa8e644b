package org.virtualhall.gateway.outer.supplement;

import org.virtualhall.gateway.outer.auth.TokenClaims;

/** A supplement on its way through the outer checks: who sends it, for which receipt, from where. */
record SupplementIntake(TokenClaims claims, String receipt, SupplementRequest request, String source) {
}
