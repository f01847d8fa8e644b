package org.virtualhall.gateway.gap.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.virtualhall.model.submission.Envelope;

class BundleCodecTests {

    private final BundleCodec codec = new BundleCodec(new Hmac("deployment-key-0123456789"), 1_000_000);
    private final List<Envelope> envelopes = List.of(
            new Envelope("e1", "submission", "R1", Instant.parse("2026-01-01T00:00:00Z"), "{\"a\":\"居住\"}"),
            new Envelope("e2", "submission", "R2", Instant.parse("2026-01-01T00:00:01Z"), "{\"b\":2}"));

    @Test
    void aBundleReadsBackWithItsManifest() throws Exception {
        Bundle bundle = codec.decode(codec.encode(new BundleName(Channel.SUBMISSIONS, "", 7), envelopes));
        assertThat(bundle.envelopes()).isEqualTo(envelopes);
        assertThat(bundle.manifest().channel()).isEqualTo("submissions");
        assertThat(bundle.manifest().sequence()).isEqualTo(7);
        assertThat(bundle.manifest().count()).isEqualTo(2);
    }

    @Test
    void aBundleSignedWithAnotherKeyIsRefused() {
        byte[] forged = new BundleCodec(new Hmac("another-key-0123456789"), 1_000_000)
                .encode(new BundleName(Channel.SUBMISSIONS, "", 1), envelopes);
        assertThatThrownBy(() -> codec.decode(forged)).isInstanceOf(BundleException.class).hasMessageContaining("HMAC");
    }

    @Test
    void aDamagedBundleIsRefused() {
        byte[] bytes = codec.encode(new BundleName(Channel.SUBMISSIONS, "", 1), envelopes);
        bytes[bytes.length / 2] ^= 0x5A;
        assertThatThrownBy(() -> codec.decode(bytes)).isInstanceOf(BundleException.class);
    }

    @Test
    void aBundleWithoutManifestIsRefused() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry(BundleCodec.BODY_ENTRY));
            out.write("{}\n".getBytes());
        }
        assertThatThrownBy(() -> codec.decode(zip.toByteArray())).hasMessageContaining("manifest");
        assertThatThrownBy(() -> BundleCodec.peekManifest(zip.toByteArray(), 1000)).hasMessageContaining("manifest");
    }

    @Test
    void notAZipIsRefused() {
        assertThatThrownBy(() -> codec.decode("hello".getBytes())).isInstanceOf(BundleException.class);
    }

    @Test
    void bundleNamesParseOnlyTheAllowedShape() {
        assertThat(BundleName.parse("submissions-000000000012.zip")).contains(new BundleName(Channel.SUBMISSIONS, "", 12));
        assertThat(new BundleName(Channel.ACKS, "", 3).fileName()).isEqualTo("acks-000000000003.zip");
        assertThat(BundleName.parse("search_stats-outer2-000000000012.zip"))
                .contains(new BundleName(Channel.SEARCH_STATS, "outer2", 12));
        assertThat(new BundleName(Channel.ACKS, "b", 3).fileName()).isEqualTo("acks-b-000000000003.zip");
        assertThat(BundleName.parse("submissions-2a-000000000012.zip")).isEmpty();
        assertThat(BundleName.parse("submissions-A-000000000012.zip")).isEmpty();
        assertThat(BundleName.parse("../submissions-000000000012.zip")).isEmpty();
        assertThat(BundleName.parse("submissions-12.zip")).isEmpty();
        assertThat(BundleName.parse("other-000000000012.zip")).isEmpty();
        assertThat(BundleName.parse("submissions-000000000012.zip.exe")).isEmpty();
    }
}
