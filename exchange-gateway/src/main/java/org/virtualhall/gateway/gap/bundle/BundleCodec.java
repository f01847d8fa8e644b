package org.virtualhall.gateway.gap.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/**
 * Writes and reads bundle files: a ZIP holding {@code manifest.json} and {@code body.jsonl} (one envelope
 * per line). Reading verifies everything the manifest claims before any envelope is returned.
 */
public class BundleCodec {

    public static final String MANIFEST_ENTRY = "manifest.json";
    public static final String BODY_ENTRY = "body.jsonl";
    private static final ObjectMapper JSON = HallJson.wire();

    private final Hmac hmac;
    private final long maxEntryBytes;

    public BundleCodec(Hmac hmac, long maxEntryBytes) {
        this.hmac = hmac;
        this.maxEntryBytes = maxEntryBytes;
    }

    public byte[] encode(BundleName name, List<Envelope> envelopes) {
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Envelope envelope : envelopes) {
                body.write(JSON.writeValueAsBytes(envelope));
                body.write('\n');
            }
            byte[] bodyBytes = body.toByteArray();
            Manifest unsigned = new Manifest(name.channel().wireName(), name.sender(), name.sequence(), envelopes.size(),
                    Hmac.sha256(bodyBytes), Instant.now(), null);
            Manifest manifest = unsigned.signed(hmac.sign(unsigned.signedPart().getBytes(StandardCharsets.UTF_8), bodyBytes));
            ByteArrayOutputStream zip = new ByteArrayOutputStream(bodyBytes.length / 2 + 1024);
            try (ZipOutputStream out = new ZipOutputStream(zip)) {
                out.setLevel(Deflater.BEST_SPEED);
                write(out, MANIFEST_ENTRY, JSON.writeValueAsBytes(manifest));
                write(out, BODY_ENTRY, bodyBytes);
            }
            return zip.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest alone, unverified: what the ferry looks at (it holds no key). */
    public static Manifest peekManifest(byte[] file, long maxEntryBytes) throws BundleException {
        byte[] manifest = entries(file, maxEntryBytes).get(MANIFEST_ENTRY);
        if (manifest == null) {
            throw new BundleException("no manifest.json in the bundle");
        }
        return parseManifest(manifest);
    }

    /** The envelopes alone, unverified: what the ferry opens to check the photos a catalog bundle carries. */
    public static List<Envelope> peekEnvelopes(byte[] file, long maxEntryBytes) throws BundleException {
        byte[] body = entries(file, maxEntryBytes).get(BODY_ENTRY);
        if (body == null) {
            throw new BundleException("no body.jsonl in the bundle");
        }
        return parseBody(body);
    }

    public Bundle decode(byte[] file) throws BundleException {
        Map<String, byte[]> entries = entries(file, maxEntryBytes);
        byte[] manifestBytes = entries.get(MANIFEST_ENTRY);
        byte[] body = entries.get(BODY_ENTRY);
        if (manifestBytes == null || body == null) {
            throw new BundleException("the bundle lacks manifest.json or body.jsonl");
        }
        Manifest manifest = parseManifest(manifestBytes);
        if (!Hmac.sha256(body).equals(manifest.sha256())) {
            throw new BundleException("SHA-256 of the body does not match the manifest");
        }
        if (!hmac.verify(manifest.hmac(), manifest.signedPart().getBytes(StandardCharsets.UTF_8), body)) {
            throw new BundleException("HMAC does not verify: forged or signed with another key");
        }
        List<Envelope> envelopes = parseBody(body);
        if (envelopes.size() != manifest.count()) {
            throw new BundleException("the manifest announces " + manifest.count() + " envelopes, the body holds "
                    + envelopes.size());
        }
        return new Bundle(manifest, envelopes);
    }

    private static List<Envelope> parseBody(byte[] body) throws BundleException {
        List<Envelope> envelopes = new ArrayList<>();
        try {
            for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    envelopes.add(JSON.readValue(line, Envelope.class));
                }
            }
        } catch (IOException e) {
            throw new BundleException("an envelope is not valid JSON", e);
        }
        return envelopes;
    }

    private static Manifest parseManifest(byte[] bytes) throws BundleException {
        try {
            Manifest manifest = JSON.readValue(bytes, Manifest.class);
            if (manifest.channel() == null || manifest.sha256() == null || manifest.hmac() == null) {
                throw new BundleException("the manifest lacks channel, sha256 or hmac");
            }
            return manifest;
        } catch (IOException e) {
            throw new BundleException("manifest.json is not valid JSON", e);
        }
    }

    private static Map<String, byte[]> entries(byte[] file, long maxEntryBytes) throws BundleException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readNBytes((int) Math.min(maxEntryBytes + 1, Integer.MAX_VALUE - 8));
                if (data.length > maxEntryBytes) {
                    throw new BundleException("entry " + e.getName() + " is larger than " + maxEntryBytes + " bytes");
                }
                entries.put(e.getName(), data);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new BundleException("not a readable ZIP bundle: " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new BundleException("not a ZIP bundle (no entries)");
        }
        return entries;
    }

    private static void write(ZipOutputStream out, String name, byte[] data) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(data);
        out.closeEntry();
    }
}
