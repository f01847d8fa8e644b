package org.virtualhall.gateway.outer.auth.oidc;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.virtualhall.gateway.gap.bundle.Hmac;

/** The unguessable values the sign-in hands out (tickets, browser bindings), and the hashes it keeps of them instead. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 256 random bits, base64url: 43 characters safe in a URL and a cookie. */
    static String next() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The SHA-256 (hex) stored in place of the secret. */
    static String hash(String secret) {
        return Hmac.sha256(secret.getBytes(StandardCharsets.UTF_8));
    }
}
