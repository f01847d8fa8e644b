package org.virtualhall.gateway.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.gateway.gap.bundle.BundleCodec;
import org.virtualhall.gateway.gap.bundle.BundleName;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.bundle.Hmac;
import org.virtualhall.gateway.gap.bundle.SpoolFiles;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Applicant;

/** Outer, ferry and inner in one JVM with real brokers and databases: submissions in, feedback and catalog out. */
class GapEndToEndTests {

    @TempDir
    static Path home;
    static GatewayCluster cluster;
    static HallClient citizen;
    static HallClient innerAdmin;

    @BeforeAll
    static void start() throws Exception {
        cluster = new GatewayCluster(home).startWithTestHall();
        citizen = cluster.citizenClient();
        innerAdmin = cluster.innerClient();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void submissionsCrossTheGapIntoTheApprovalSystemAndTheirTimelineShowsDelivery() throws Exception {
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Applicant a = Applicants.applicant(1000 + i);
            HallClient.Response r = citizen.submit(citizen.token(a), HallClient.goodSubmission(a));
            assertThat(r.status()).as(r.body()).isEqualTo(202);
            assertThat(r.json().get("status").asText()).isEqualTo("ACCEPTED");
            receipts.add(r.json().get("receipt").asText());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> cluster.approval().cases().keySet().containsAll(receipts));
        assertThat(cluster.approval().duplicateCreations()).isZero();
        var record = cluster.approval().caseRecord(receipts.get(0));
        assertThat(record.get("sxbm").asText()).isEqualTo("QXSP-0008-901");
        assertThat(record.get("xzqh").asText()).isEqualTo("330199000000");
        assertThat(record.get("cl").get(0).get("dx").asLong()).isEqualTo(HallClient.PDF.length);

        Applicant first = Applicants.applicant(1000);
        String token = citizen.token(first);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                citizen.get("/api/submissions/" + receipts.get(0), token).json().get("status").asText().equals("DELIVERED"));
        assertThat(innerAdmin.get("/api/audit/" + receipts.get(0), null).json()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void caseEventsPushedInsideReachTheCitizensTimeline() throws Exception {
        Applicant a = Applicants.applicant(2000);
        String token = citizen.token(a);
        String receipt = citizen.submit(token, HallClient.goodSubmission(a)).json().get("receipt").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> cluster.approval().cases().containsKey(receipt));

        String events = "[{\"id\":\"e-" + receipt + "-1\",\"receipt\":\"" + receipt + "\",\"at\":\"" + Instant.now().plusSeconds(5)
                + "\",\"status\":\"CORRECTION_REQUESTED\",\"step\":\"一次性告知补正\",\"note\":\"缺：户口簿\",\"actor\":\"A0201\"}]";
        HallClient.Response pushed = innerAdmin.post("/api/outbound/events", events.getBytes(), null);
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
        innerAdmin.post("/api/outbound/events", events.getBytes(), null);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                citizen.get("/api/submissions/" + receipt, token).json().get("status").asText().equals("CORRECTION_REQUESTED"));
        var timeline = citizen.get("/api/submissions/" + receipt, token).json();
        assertThat(timeline.get("events").findValuesAsText("step")).containsOnlyOnce("一次性告知补正");
    }

    @Test
    void aCatalogPublishedInsideReplacesTheOuterHall() throws Exception {
        PublishedHall published = PublishedHall.of(TestHall.withTestItems());
        PublishedHall renamed = new PublishedHall("v-e2e", published.hall(), published.departments(), published.windows(),
                published.staff(), published.items(), published.viewpoints());
        HallClient.Response r = innerAdmin.post("/api/outbound/catalog", HallJson.wire().writeValueAsBytes(renamed), null);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> citizen.get("/api/hall", null).json().get("version").asText().equals("v-e2e"));
        // the items' everyday names cross the gap with the catalog
        JsonNode items = citizen.get("/api/hall", null).json().get("items");
        JsonNode testItem = StreamSupport.stream(items.spliterator(), false)
                .filter(item -> item.get("code").asText().equals(TestHall.ITEM)).findFirst().orElseThrow();
        assertThat(testItem.get("aliases")).extracting(JsonNode::asText).containsExactly("开居住证明", "居住的事");
    }

    @Test
    void healthShowsEveryChannelAndPrometheusShowsTheGap() throws Exception {
        var outerHealth = citizen.get("/actuator/health", null).json();
        assertThat(outerHealth.get("status").asText()).as(outerHealth.toString()).isEqualTo("UP");
        assertThat(outerHealth.at("/components/gap/details/submissions/direction").asText()).isEqualTo("out");
        assertThat(outerHealth.at("/components/gap/details/feedback/direction").asText()).isEqualTo("in");
        assertThat(outerHealth.at("/components/jms/status").asText()).isEqualTo("UP");
        var innerHealth = innerAdmin.get("/actuator/health", null).json();
        assertThat(innerHealth.at("/components/gap/details/feedback/unacked").isNumber()).isTrue();
        assertThat(innerHealth.at("/components/gap/details/submissions/missing").isNumber()).isTrue();
        assertThat(innerHealth.at("/components/camelHealth").isMissingNode()).isFalse();
        assertThat(citizen.get("/actuator/prometheus", null).body()).contains("hall_gap_unacked{channel=\"submissions\"");
    }

    @Test
    void prometheusCountsTheSequencesMissingOnAnInboundChannelUntilTheyArrive() throws Exception {
        Path outerIn = home.resolve("gap/outer-in");
        BundleCodec codec = new BundleCodec(new Hmac(GatewayCluster.GAP_KEY), 1_000_000);
        BundleName third = new BundleName(Channel.FEEDBACK, "probe", 3);
        SpoolFiles.writeAtomically(outerIn, third.fileName(), codec.encode(third, List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> missingFeedback() == 2.0);

        for (long sequence = 1; sequence <= 2; sequence++) {
            BundleName lost = new BundleName(Channel.FEEDBACK, "probe", sequence);
            SpoolFiles.writeAtomically(outerIn, lost.fileName(), codec.encode(lost, List.of()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> missingFeedback() == 0.0);
    }

    private static double missingFeedback() throws Exception {
        String line = citizen.get("/actuator/prometheus", null).body().lines()
                .filter(l -> l.startsWith("hall_gap_missing{channel=\"feedback\"")).findFirst().orElseThrow();
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
