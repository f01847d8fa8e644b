package org.virtualhall.gateway.outer.intake;

import org.virtualhall.gateway.outer.auth.TokenClaims;

/**
 * A submission on its way through the outer checks.
 *
 * @param source where it came from (a kiosk id, the 3D client, a portal), for behaviour monitoring inside
 */
public record IntakeRequest(TokenClaims claims, SubmissionRequest request, String source) {
}
