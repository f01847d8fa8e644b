package org.virtualhall.gateway.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
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
import org.virtualhall.model.submission.Applicant;
import org.virtualhall.model.submission.Envelope;

/** What is refused inside is kept with its reason and can be replayed; forged and foreign files never get in. */
class QuarantineAndReplayTests {

    @TempDir
    static Path home;
    static GatewayCluster cluster;
    static HallClient citizen;
    static HallClient inner;

    @BeforeAll
    static void start() throws Exception {
        cluster = new GatewayCluster(home).startWithTestHall();
        citizen = cluster.citizenClient();
        inner = cluster.innerClient();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void theThirtiethSubmissionOfOneIdInAMinuteIsHeldAndAnOperatorCanReplayIt() throws Exception {
        Applicant a = Applicants.applicant(4242);
        String token = citizen.token(a);
        java.util.Set<String> receipts = new java.util.HashSet<>();
        for (int i = 0; i < 30; i++) {
            receipts.add(citizen.submit(token, HallClient.goodSubmission(a)).json().get("receipt").asText());
        }
        JsonNode entry = await().atMost(Duration.ofSeconds(60)).until(() -> heldAmong(receipts), e -> e != null);
        String held = entry.get("receipt").asText();
        assertThat(entry.get("reason").asText()).contains("行为监控");
        receipts.remove(held);
        await().atMost(Duration.ofSeconds(30)).until(() -> cluster.approval().cases().keySet().containsAll(receipts));
        assertThat(cluster.approval().cases()).doesNotContainKey(held);

        HallClient.Response replay = inner.post("/api/quarantine/" + entry.get("id").asLong() + "/replay", new byte[0], null);
        assertThat(replay.status()).as(replay.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> cluster.approval().cases().containsKey(held));
        assertThat(inner.post("/api/quarantine/" + entry.get("id").asLong() + "/replay", new byte[0], null).status())
                .isEqualTo(409);
    }

    @Test
    void aRecordTheApprovalSystemRefusesIsQuarantinedAndReplayedOnceFixed() throws Exception {
        cluster.approval().refuseItem("QXSP-0008-901");
        Applicant a = Applicants.applicant(5151);
        String receipt = citizen.submit(citizen.token(a), HallClient.goodSubmission(a)).json().get("receipt").asText();
        JsonNode entry = await().atMost(Duration.ofSeconds(60)).until(() -> entryFor(receipt), e -> e != null);
        assertThat(entry.get("kind").asText()).isEqualTo("SUBMISSION");
        assertThat(entry.get("reason").asText()).contains("审批系统拒绝");
        assertThat(inner.get("/api/quarantine/" + entry.get("id").asLong(), null).json().get("payload").asText()).contains(receipt);

        cluster.approval().refuseItem(null);
        inner.post("/api/quarantine/" + entry.get("id").asLong() + "/replay", new byte[0], null);
        await().atMost(Duration.ofSeconds(30)).until(() -> cluster.approval().cases().containsKey(receipt));
    }

    @Test
    void whileTheApprovalSystemIsDownSubmissionsWaitAndArriveWhenItIsBack() throws Exception {
        cluster.approval().setDown(true);
        Applicant a = Applicants.applicant(6161);
        String receipt = citizen.submit(citizen.token(a), HallClient.goodSubmission(a)).json().get("receipt").asText();
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertThat(cluster.approval().cases()).doesNotContainKey(receipt);
        cluster.approval().setDown(false);
        await().atMost(Duration.ofSeconds(60)).until(() -> cluster.approval().cases().containsKey(receipt));
    }

    @Test
    void aBundleWithAForgedHmacIsQuarantinedAndNothingInItIsLoaded() throws Exception {
        Envelope forged = new Envelope("sub-FORGED-1", "submission", "FORGED-1", Instant.now(),
                "{\"receipt\":\"FORGED-1\",\"itemCode\":\"ZW901\"}");
        byte[] bundle = new BundleCodec(new Hmac("attacker-key-0123456789"), 1_000_000)
                .encode(new BundleName(Channel.SUBMISSIONS, "", 999_999), List.of(forged));
        SpoolFiles.writeAtomically(home.resolve("gap/inner-in"), "submissions-000000999999.zip", bundle);
        await().atMost(Duration.ofSeconds(30)).until(() -> inner.get("/api/quarantine", null).json().findValuesAsText("reason")
                .stream().anyMatch(r -> r.contains("submissions-000000999999.zip") && r.contains("HMAC")));
        assertThat(cluster.approval().cases()).doesNotContainKey("FORGED-1");
    }

    @Test
    void theFerryRefusesForeignFileNamesAndWrongDirections() throws Exception {
        Path outerOut = home.resolve("gap/outer-out");
        SpoolFiles.writeAtomically(outerOut, "evil.sh", "#!/bin/sh\n".getBytes());
        SpoolFiles.writeAtomically(outerOut, "feedback-000000000001.zip", "PK".getBytes());
        SpoolFiles.writeAtomically(outerOut, "submissions-000000888888.zip", "no manifest".getBytes());
        Path quarantine = home.resolve("gap/ferry-quarantine");
        await().atMost(Duration.ofSeconds(30)).until(() -> reasons(quarantine) == 3);
        assertThat(Files.exists(home.resolve("gap/inner-in/evil.sh"))).isFalse();
    }

    private static long reasons(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".reason.txt")).count();
        }
    }

    private static JsonNode heldAmong(java.util.Set<String> receipts) throws Exception {
        for (JsonNode e : inner.get("/api/quarantine", null).json()) {
            if ("HELD".equals(e.path("kind").asText()) && receipts.contains(e.path("receipt").asText())) {
                return e;
            }
        }
        return null;
    }

    private static JsonNode entryFor(String receipt) throws Exception {
        for (JsonNode e : inner.get("/api/quarantine", null).json()) {
            if (receipt.equals(e.path("receipt").asText())) {
                return e;
            }
        }
        return null;
    }
}
