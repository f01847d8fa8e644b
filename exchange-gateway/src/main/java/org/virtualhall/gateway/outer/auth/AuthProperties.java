package org.virtualhall.gateway.outer.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Citizen sessions.
 *
 * @param tokenKey          the outer side's own signing key for tokens and code hashes (never the gap key)
 * @param tokenTtl          how long an access token is valid
 * @param refreshTtl        how long a refresh token is valid (each refresh issues a new one)
 * @param revocationRecheck how long an instance trusts that a session it checked is not revoked: a sign-out on
 *                          another instance takes at most this long to be seen here
 */
@ConfigurationProperties("hall.gateway.outer.auth")
public record AuthProperties(String tokenKey,
                             @DefaultValue("30m") Duration tokenTtl,
                             @DefaultValue("7d") Duration refreshTtl,
                             @DefaultValue("2s") Duration revocationRecheck) {
}
