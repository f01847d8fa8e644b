package org.virtualhall.gateway.gap.bundle;

import java.time.Instant;

/**
 * What a bundle says about itself. The HMAC covers every other field and the body, so a bundle cannot be
 * altered or forged without the deployment's key.
 *
 * @param sha256 hex SHA-256 of the body entry
 * @param hmac   hex HMAC-SHA256 over {@link #signedPart()} and the body
 */
public record Manifest(String channel, long sequence, int count, String sha256, Instant createdAt, String hmac) {

    /** The manifest fields the HMAC covers, in a fixed textual form. */
    public String signedPart() {
        return channel + "\n" + sequence + "\n" + count + "\n" + sha256 + "\n" + createdAt + "\n";
    }

    public Manifest signed(String signature) {
        return new Manifest(channel, sequence, count, sha256, createdAt, signature);
    }
}
