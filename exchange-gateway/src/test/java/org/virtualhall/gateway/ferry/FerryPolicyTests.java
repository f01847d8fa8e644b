package org.virtualhall.gateway.ferry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtualhall.gateway.gap.bundle.BundleCodec;
import org.virtualhall.gateway.gap.bundle.BundleName;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.bundle.Hmac;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.panorama.PanoramaPhoto;
import org.virtualhall.model.submission.Envelope;

class FerryPolicyTests {

    private final FerryPolicy policy = new FerryPolicy(1000, 500);

    @Test
    void submissionsOnlyGoInwardAndFeedbackOnlyOutward() {
        assertThat(policy.problem(Channel.Direction.OUT_TO_IN, "submissions-000000000001.zip", 10)).isEmpty();
        assertThat(policy.problem(Channel.Direction.IN_TO_OUT, "submissions-000000000001.zip", 10)).isPresent();
        assertThat(policy.problem(Channel.Direction.OUT_TO_IN, "feedback-000000000001.zip", 10)).isPresent();
        assertThat(policy.problem(Channel.Direction.OUT_TO_IN, "catalog-000000000001.zip", 10)).isPresent();
        assertThat(policy.problem(Channel.Direction.IN_TO_OUT, "acks-000000000001.zip", 10)).isEmpty();
        assertThat(policy.problem(Channel.Direction.OUT_TO_IN, "acks-000000000001.zip", 10)).isEmpty();
    }

    @Test
    void namesOutsideThePatternAndOversizedFilesAreRefused() {
        assertThat(policy.problem(Channel.Direction.OUT_TO_IN, "evil.sh", 10)).get().asString().contains("name");
        assertThat(policy.problem(Channel.Direction.OUT_TO_IN, "submissions-000000000001.zip", 1001)).get().asString()
                .contains("limit");
    }

    @Test
    void aCatalogBundleCarriesOnlyJpegPhotosWithinTheirLimit() throws Exception {
        FerryPolicy photos = new FerryPolicy(1_000_000, 2000);
        BundleCodec codec = new BundleCodec(new Hmac("k-0123456789abcdef"), 1_000_000);
        byte[] jpeg = new byte[1500];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        assertThat(photos.contentProblem("catalog-000000000001.zip", codec.encode(new BundleName(Channel.CATALOG, "", 1),
                List.of(photo("f1-entrance", jpeg), new Envelope("c", "catalog", null, Instant.now(), "{}"))))).isEmpty();
        assertThat(photos.contentProblem("catalog-000000000001.zip", codec.encode(new BundleName(Channel.CATALOG, "", 1),
                List.of(photo("f1-guide", "GIF89a-not-a-jpeg".getBytes())))))
                .hasValue("panorama f1-guide is not a JPEG image");
        assertThat(photos.contentProblem("catalog-000000000001.zip", codec.encode(new BundleName(Channel.CATALOG, "", 1),
                List.of(photo("f1-zone-a", Arrays.copyOf(jpeg, 2500))))))
                .hasValue("panorama f1-zone-a of 2500 bytes exceeds the limit of 2000");
    }

    private static Envelope photo(String viewpoint, byte[] jpeg) throws Exception {
        return new Envelope("p-" + viewpoint, PanoramaPhoto.ENVELOPE_TYPE, null, Instant.now(),
                HallJson.wire().writeValueAsString(new PanoramaPhoto(viewpoint, jpeg)));
    }

    @Test
    void aFileWithoutAManifestOrWithAnotherChannelIsRefused() {
        byte[] bundle = new BundleCodec(new Hmac("k-0123456789abcdef"), 1000).encode(
                new BundleName(Channel.FEEDBACK, "", 1), List.of(new Envelope("e", "t", null, Instant.now(), "{}")));
        assertThat(policy.contentProblem("feedback-000000000001.zip", bundle)).isEmpty();
        assertThat(policy.contentProblem("catalog-000000000001.zip", bundle)).get().asString().contains("does not match");
        assertThat(policy.contentProblem("feedback-a-000000000001.zip", bundle)).get().asString().contains("sender");
        assertThat(policy.contentProblem("feedback-000000000002.zip", bundle)).get().asString().contains("sequence");
        assertThat(policy.contentProblem("feedback-000000000001.zip", "MZ".getBytes())).get().asString().contains("manifest");
    }

    @Test
    void faultsDropCorruptDuplicateAndDelayAsConfigured() {
        FerryFaults faults = new FerryFaults(new FerryProperties.Faults(0.2, 0.2, 0.2, 0.2, 1));
        int out = 0;
        for (int i = 0; i < 1000; i++) {
            out += faults.apply(new FerryFaults.Delivery(null, "f" + i, new byte[] {1, 2, 3, 4})).size();
        }
        out += faults.releaseHeld().size();
        assertThat(faults.dropped.get()).isBetween(150L, 250L);
        assertThat(faults.corrupted.get()).isPositive();
        assertThat(faults.duplicated.get()).isPositive();
        assertThat(faults.delayed.get()).isPositive();
        assertThat(out).isEqualTo(1000 - faults.dropped.get() + faults.duplicated.get());
    }
}
