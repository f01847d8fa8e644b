package org.virtualhall.client.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The operator's PIN that lets staff leave kiosk mode. Only its SHA-256 is configured ({@code pin-sha256} in
 * {@code kiosk.properties} or {@code --kiosk-pin-hash}), e.g. from {@code printf %s 4711 | sha256sum}.
 */
public final class OperatorPin {

    private final byte[] hash;

    /** @param hexHash the configured hash, or null: then no PIN opens the kiosk */
    public OperatorPin(String hexHash) {
        this.hash = hexHash == null ? null : HexFormat.of().parseHex(checkHash(hexHash));
    }

    public boolean configured() {
        return hash != null;
    }

    public boolean matches(String pin) {
        return hash != null && pin != null && !pin.isEmpty() && MessageDigest.isEqual(hash, sha256(pin));
    }

    public static String hash(String pin) {
        return HexFormat.of().formatHex(sha256(pin));
    }

    static String checkHash(String hexHash) {
        String h = hexHash.strip().toLowerCase(java.util.Locale.ROOT);
        if (!h.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("kiosk pin-sha256 must be 64 hexadecimal digits (the SHA-256 of the PIN)");
        }
        return h;
    }

    private static byte[] sha256(String pin) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(pin.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
