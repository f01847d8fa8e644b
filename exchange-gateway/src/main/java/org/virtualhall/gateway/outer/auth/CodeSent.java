package org.virtualhall.gateway.outer.auth;

import java.time.Instant;

/** The 202 answer of {@code POST /api/auth/sms-code}: until when the code holds, from when another may be asked for. */
public record CodeSent(Instant expiresAt, Instant resendAfter) {
}
