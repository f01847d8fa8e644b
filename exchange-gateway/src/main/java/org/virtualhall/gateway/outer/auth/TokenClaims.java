package org.virtualhall.gateway.outer.auth;

/**
 * What a token vouches for: the real-name applicant it was issued to, until when.
 *
 * @param sub the applicant's ID number (upper-case X)
 * @param exp expiry, epoch seconds
 * @param jti unique token id, for logs
 */
public record TokenClaims(String sub, String name, String mobile, long exp, String jti) {
}
