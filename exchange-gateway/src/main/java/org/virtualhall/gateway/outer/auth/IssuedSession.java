package org.virtualhall.gateway.outer.auth;

import java.time.Instant;

/**
 * The answer of {@code POST /api/auth/token} and {@code /api/auth/refresh}: a short access token for
 * {@code Authorization: Bearer}, and the refresh token that gets the next one (docs/api.md).
 */
public record IssuedSession(String token, Instant expiresAt, String refreshToken, Instant refreshExpiresAt) {
}
