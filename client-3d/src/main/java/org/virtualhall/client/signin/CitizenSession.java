package org.virtualhall.client.signin;

import java.time.Duration;
import java.time.Instant;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.api.ApiTypes.Session;

/**
 * The signed-in citizen and the session's tokens. A session restored from disk has only its refresh token until
 * the first renewal gives it an access token.
 *
 * @param token      the access token for {@code Authorization: Bearer}, or null while restoring
 * @param receivedAt when this computer received the tokens (the renewal is timed from it)
 */
public record CitizenSession(Credentials person, String token, Instant expiresAt, String refreshToken, Instant receivedAt) {

    /** Renew no later than this before the access token expires. */
    private static final Duration MARGIN = Duration.ofSeconds(60);

    public static CitizenSession of(Credentials person, Session tokens, Instant now) {
        return new CitizenSession(person, tokens.token(), tokens.expiresAt(), tokens.refreshToken(), now);
    }

    /** A session known only by its refresh token (kept on disk): renewed at once. */
    public static CitizenSession restored(Credentials person, String refreshToken) {
        return new CitizenSession(person, null, Instant.EPOCH, refreshToken, Instant.EPOCH);
    }

    /** Whether it has an access token (false while a restored session waits for its first renewal). */
    public boolean active() {
        return token != null;
    }

    /** Whether it can be renewed without the citizen (the identity platform's sessions cannot). */
    public boolean renewable() {
        return refreshToken != null && !refreshToken.isBlank();
    }

    /**
     * When to renew: a quarter of the token's life before it ends, at most a minute before, so a renewal that
     * fails once has time to be tried again.
     */
    public Instant renewAt() {
        if (expiresAt == null) {
            return Instant.EPOCH;
        }
        Duration life = Duration.between(receivedAt, expiresAt);
        Duration margin = life.dividedBy(4).compareTo(MARGIN) < 0 ? life.dividedBy(4) : MARGIN;
        return expiresAt.minus(margin);
    }

    /** The same person's session with the next tokens. */
    public CitizenSession renewed(Session tokens, Instant now) {
        return of(person, tokens, now);
    }
}
