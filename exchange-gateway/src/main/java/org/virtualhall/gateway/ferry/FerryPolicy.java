package org.virtualhall.gateway.ferry;

import java.io.IOException;
import java.util.Optional;
import org.virtualhall.gateway.gap.bundle.BundleCodec;
import org.virtualhall.gateway.gap.bundle.BundleException;
import org.virtualhall.gateway.gap.bundle.BundleName;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.bundle.Manifest;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.panorama.PanoramaImage;
import org.virtualhall.model.panorama.PanoramaPhoto;
import org.virtualhall.model.submission.Envelope;

/**
 * The device's own policy, independent of the gateway's keys: only bundle file names, only channels allowed in
 * that direction, nothing over the size limit, and a ZIP that carries a manifest naming the same channel. Catalog
 * bundles are opened too: each panorama photo in them must be a JPEG (by its magic bytes) within its own limit.
 */
public class FerryPolicy {

    private final long maxBytes;
    private final long panoramaMaxBytes;

    public FerryPolicy(long maxBytes, long panoramaMaxBytes) {
        this.maxBytes = maxBytes;
        this.panoramaMaxBytes = panoramaMaxBytes;
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
            BundleName name = name(fileName);
            if (!name.channel().wireName().equals(manifest.channel())) {
                return Optional.of("manifest channel " + manifest.channel() + " does not match the file name");
            }
            if (!manifest.fileName().equals(fileName)) {
                return Optional.of("manifest sender and sequence (" + manifest.fileName() + ") do not match the file name");
            }
        } catch (BundleException e) {
            return Optional.of("manifest missing or unreadable: " + e.getMessage());
        }
        return name(fileName).channel() == Channel.CATALOG ? photoProblem(bytes) : Optional.empty();
    }

    private static BundleName name(String fileName) {
        return BundleName.parse(fileName).orElseThrow();
    }

    private Optional<String> photoProblem(byte[] bytes) {
        try {
            for (Envelope envelope : BundleCodec.peekEnvelopes(bytes, maxBytes)) {
                if (!PanoramaPhoto.ENVELOPE_TYPE.equals(envelope.type())) {
                    continue;
                }
                PanoramaPhoto photo = HallJson.wire().readValue(envelope.body(), PanoramaPhoto.class);
                if (photo.jpeg() == null || !PanoramaImage.isJpeg(photo.jpeg())) {
                    return Optional.of("panorama " + photo.viewpoint() + " is not a JPEG image");
                }
                if (photo.jpeg().length > panoramaMaxBytes) {
                    return Optional.of("panorama " + photo.viewpoint() + " of " + photo.jpeg().length
                            + " bytes exceeds the limit of " + panoramaMaxBytes);
                }
            }
            return Optional.empty();
        } catch (BundleException | IOException e) {
            return Optional.of("catalog body unreadable: " + e.getMessage());
        }
    }
}
