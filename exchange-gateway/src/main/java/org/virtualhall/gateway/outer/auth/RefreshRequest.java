package org.virtualhall.gateway.outer.auth;

/** The body of {@code POST /api/auth/refresh}. */
record RefreshRequest(String refreshToken) {
}
