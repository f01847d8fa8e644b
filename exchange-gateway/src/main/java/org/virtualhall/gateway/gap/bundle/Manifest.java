package org.virtualhall.gateway.gap.bundle;

import java.time.Instant;

/**
 * What a bundle says about itself. The HMAC covers every other field and the body, so a bundle cannot be
 * altered or forged without the deployment's key.
 *
 * @param sender the sending instance; empty (or absent, from a sender before instances) for a role run as one
 * @param sha256 hex SHA-256 of the body entry
 * @param hmac   hex HMAC-SHA256 over {@link #signedPart()} and the body
 */
public record Manifest(String channel, String sender, long sequence, int count, String sha256, Instant createdAt,
                       String hmac) {

    public Manifest {
        sender = sender == null ? "" : sender;
    }

    /** The manifest fields the HMAC covers, in a fixed textual form; a single instance's as before there were several. */
    public String signedPart() {
        return channel + "\n" + (sender.isEmpty() ? "" : sender + "\n") + sequence + "\n" + count + "\n" + sha256 + "\n"
                + createdAt + "\n";
    }

    public Manifest signed(String signature) {
        return new Manifest(channel, sender, sequence, count, sha256, createdAt, signature);
    }

    /** The file name this bundle must travel under. */
    public String fileName() {
        return Channel.ofWireName(channel).map(c -> new BundleName(c, sender, sequence).fileName()).orElse("");
    }
}
