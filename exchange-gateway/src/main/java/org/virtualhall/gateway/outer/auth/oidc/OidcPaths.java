package org.virtualhall.gateway.outer.auth.oidc;

/** The paths of the sign-in (docs/api.md). */
final class OidcPaths {

    static final String START = "/api/auth/oidc/start";
    /** Where the provider sends the citizen back; the only path Spring Security sees. */
    static final String CALLBACK = "/api/auth/oidc/callback";
    static final String TICKET = "/api/auth/oidc/ticket";

    private OidcPaths() {
    }
}
