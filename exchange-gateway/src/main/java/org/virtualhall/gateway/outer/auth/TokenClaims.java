package org.virtualhall.gateway.outer.auth;

/**
 * What an access token vouches for: the verified person it was issued to, in which session, until when.
 *
 * @param sub    the person's ID number (upper-case X)
 * @param mobile the verified mobile (11 digits)
 * @param exp    expiry, epoch seconds
 * @param jti    unique token id
 * @param sid    the session: signing out or a replayed refresh token revokes it, and every token of it with it
 */
public record TokenClaims(String sub, String name, String mobile, long exp, String jti, String sid) {
}
