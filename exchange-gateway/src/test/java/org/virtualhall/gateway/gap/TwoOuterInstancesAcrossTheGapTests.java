package org.virtualhall.gateway.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.receive.BundleReceiver;
import org.virtualhall.gateway.gap.send.SenderRegistry;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.ApprovalDouble;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.OuterInstances;
import org.virtualhall.gateway.support.ParallelCitizens;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Applicant;

/**
 * Two outer instances (a and b) on one PostgreSQL, sharing the spools to one ferry and one inner role: submissions
 * to both at once get distinct receipts and each crosses once, each instance's bundles are a sequence stream of their
 * own (no gap reported), acks reach the instance whose bundle they are for whichever takes them, a key used at one
 * is honoured at the other, and a timeline reads the same at both.
 */
class TwoOuterInstancesAcrossTheGapTests {

    private static final int APPLICANTS = 60;
    private static final int PER_APPLICANT = 5;

    @TempDir
    static Path home;
    static OuterInstances cluster;
    static ConfigurableApplicationContext inner;
    static ApprovalDouble approval;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static HallClient atA;
    static HallClient atB;

    @BeforeAll
    static void start() throws Exception {
        cluster = new OuterInstances(home, 2);
        inner = cluster.inner();
        approval = cluster.approval();
        a = cluster.outer(0);
        b = cluster.outer(1);
        atA = cluster.citizenClient(0);
        atB = cluster.citizenClient(1);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void submissionsToBothAtOnceGetDistinctReceiptsAndEachCrossesOnceWithoutAGap() throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < APPLICANTS; i++) {
            tokens.add(atA.token(Applicants.applicant(70_000 + i)));
        }
        ParallelCitizens.Submitted submitted = ParallelCitizens.submit(List.of(atA, atB), tokens, 70_000, APPLICANTS * PER_APPLICANT);
        List<String> receipts = submitted.receipts();

        assertThat(submitted.refusals()).isEmpty();
        assertThat(receipts).hasSize(APPLICANTS * PER_APPLICANT).doesNotHaveDuplicates();
        await().atMost(Duration.ofMinutes(3)).until(() -> approval.cases().keySet().containsAll(receipts));
        assertThat(approval.duplicateCreations()).isZero();
        JdbcTemplate innerDb = inner.getBean(JdbcTemplate.class);
        assertThat(innerDb.queryForList("SELECT DISTINCT sender FROM gap_received WHERE channel = 'submissions' ORDER BY sender",
                String.class)).containsExactly("a", "b");
        assertThat(inner.getBean(BundleReceiver.class).sequences().status(Channel.SUBMISSIONS).missing()).isZero();
        // every bundle of each instance acked there, though either may have taken the other's acks off the shared spool
        for (ConfigurableApplicationContext outer : List.of(a, b)) {
            await().atMost(Duration.ofMinutes(1)).until(() -> outer.getBean(SenderRegistry.class).forChannel("submissions")
                    .orElseThrow().status().unacked() == 0);
        }
    }

    @Test
    void aKeyUsedAtOneInstanceGivesTheSameReceiptAtTheOtherAndOneCase() throws Exception {
        Applicant citizen = Applicants.applicant(71_000);
        String token = atA.token(citizen);
        String key = "key-" + UUID.randomUUID();

        HallClient.Response first = atA.submit(token, HallClient.goodSubmission(citizen), key);
        HallClient.Response repeat = atB.submit(token, HallClient.goodSubmission(citizen), key);

        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(repeat.status()).as(repeat.body()).isEqualTo(202);
        String receipt = first.json().get("receipt").asText();
        assertThat(repeat.json().get("receipt").asText()).isEqualTo(receipt);
        await().atMost(Duration.ofMinutes(2)).until(() -> approval.cases().containsKey(receipt));
        assertThat(approval.duplicateCreations()).isZero();
    }

    @Test
    void aCatalogPublishedInsideIsServedByBothInstancesWhicheverTookItOffTheGap() throws Exception {
        PublishedHall published = PublishedHall.of(TestHall.withTestItems());
        PublishedHall renamed = new PublishedHall("v-both", published.hall(), published.departments(), published.windows(),
                published.staff(), published.items(), published.viewpoints());
        HallClient.Response r = new HallClient(GatewayCluster.baseUrl(inner)).post("/api/outbound/catalog",
                HallJson.wire().writeValueAsBytes(renamed), null);

        assertThat(r.status()).as(r.body()).isEqualTo(202);
        for (HallClient at : List.of(atA, atB)) {
            await().atMost(Duration.ofMinutes(1)).until(() -> at.get("/api/hall", null).json().path("version").asText()
                    .equals("v-both"));
        }
    }

    @Test
    void aTimelineReadsTheSameAtBothInstances() throws Exception {
        Applicant citizen = Applicants.applicant(72_000);
        String token = atB.token(citizen);
        String receipt = atB.submit(token, HallClient.goodSubmission(citizen)).json().get("receipt").asText();

        await().atMost(Duration.ofMinutes(2)).until(() ->
                atA.get("/api/submissions/" + receipt, token).json().path("status").asText().equals("DELIVERED"));
        assertThat(atB.get("/api/submissions/" + receipt, token).body())
                .isEqualTo(atA.get("/api/submissions/" + receipt, token).body());
    }
}
