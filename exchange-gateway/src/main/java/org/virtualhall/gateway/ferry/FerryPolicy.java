package org.virtualhall.gateway.ferry;

import java.util.Optional;
import org.virtualhall.gateway.gap.bundle.BundleCodec;
import org.virtualhall.gateway.gap.bundle.BundleException;
import org.virtualhall.gateway.gap.bundle.BundleName;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.bundle.Manifest;

/**
 * The device's own policy, independent of the gateway's keys: only bundle file names, only channels allowed in
 * that direction, nothing over the size limit, and a ZIP that carries a manifest naming the same channel.
 */
public class FerryPolicy {

    private final long maxBytes;

    public FerryPolicy(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Why the file may not cross, or empty when it may. */
    public Optional<String> problem(Channel.Direction direction, String fileName, long size) {
        Optional<BundleName> name = BundleName.parse(fileName);
        if (name.isEmpty()) {
            return Optional.of("file name not allowed (expected " + BundleName.REGEX + ")");
        }
        if (!name.get().channel().mayCross(direction)) {
            return Optional.of("channel " + name.get().channel().wireName() + " may not cross " + direction);
        }
        if (size > maxBytes) {
            return Optional.of("file of " + size + " bytes exceeds the limit of " + maxBytes);
        }
        return Optional.empty();
    }

    /** The content check, once the file is read: a manifest must be there and agree with the name. */
    public Optional<String> contentProblem(String fileName, byte[] bytes) {
        try {
            Manifest manifest = BundleCodec.peekManifest(bytes, maxBytes);
            BundleName name = BundleName.parse(fileName).orElseThrow();
            if (!name.channel().wireName().equals(manifest.channel())) {
                return Optional.of("manifest channel " + manifest.channel() + " does not match the file name");
            }
            if (!manifest.fileName().equals(fileName)) {
                return Optional.of("manifest sender and sequence (" + manifest.fileName() + ") do not match the file name");
            }
            return Optional.empty();
        } catch (BundleException e) {
            return Optional.of("manifest missing or unreadable: " + e.getMessage());
        }
    }
}
