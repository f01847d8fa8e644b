package org.virtualhall.gateway.inner.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.virtualhall.gateway.config.DurableCommits;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.gap.send.QueuedEnvelopes;
import org.virtualhall.gateway.inner.audit.AuditLog;
import org.virtualhall.gateway.quarantine.QuarantineStore;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.ApprovalDouble;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Attachment;
import org.virtualhall.model.submission.Envelope;
import org.virtualhall.model.submission.Submission;

/**
 * The inner chain over a batch, in the inner role with its real broker and database and the approval double over
 * HTTP: one approval call per batch, every submission answered — loaded, quarantined or left to wait — and a repeat
 * never loaded twice.
 */
class BatchLoadTests {

    @TempDir
    static Path home;
    static ApprovalDouble approval;
    static ConfigurableApplicationContext inner;
    static BatchLoad load;
    static final AtomicInteger receipts = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        approval = new ApprovalDouble();
        inner = GatewayCluster.runRole("inner", home, approval.url(), List.of());
        load = inner.getBean(BatchLoad.class);
    }

    @AfterAll
    static void stop() {
        inner.close();
        approval.close();
    }

    @Test
    void aBatchIsLoadedInOneCallAndEachSubmissionGetsItsDeliveredEventAndTwoAuditRows() {
        List<String> batch = List.of(receipt(), receipt(), receipt());
        long calls = approval.batches();

        BatchLoad.Outcome outcome = load.load(batch.stream().map(r -> queued(r, TestHall.ITEM)).toList());

        assertThat(approval.batches() - calls).isEqualTo(1);
        assertThat(approval.cases()).containsKeys(batch.toArray(String[]::new));
        assertThat(outcome.later()).isEmpty();
        assertThat(outcome.feedbackEnvelopes()).hasSize(3).allMatch(e -> e.contains("DELIVERED"));
        for (String r : batch) {
            assertThat(inner.getBean(AuditLog.class).byReceipt(r)).extracting(AuditLog.AuditEntry::action)
                    .containsExactly("接收", "装载");
            assertThat(inner.getBean(LoadedReceipts.class).caseIds(List.of(r))).containsEntry(r, "C-" + r);
        }
    }

    @Test
    void aReceiptLoadedBeforeIsNotLoadedAgainButItsDeliveredEventGoesOutAgain() {
        String r = receipt();
        load.load(List.of(queued(r, TestHall.ITEM)));
        long calls = approval.intakeCalls();

        BatchLoad.Outcome again = load.load(List.of(queued(r, TestHall.ITEM), queued(r, TestHall.ITEM)));

        assertThat(approval.intakeCalls()).isEqualTo(calls);
        assertThat(again.feedbackEnvelopes()).singleElement().asString().contains("delivered-" + r).contains("C-" + r);
        assertThat(approval.repeats()).isZero();
    }

    @Test
    void theSameReceiptTwiceInOneBatchIsLoadedOnce() {
        String r = receipt();

        BatchLoad.Outcome outcome = load.load(List.of(queued(r, TestHall.ITEM), queued(r, TestHall.ITEM)));

        assertThat(outcome.feedbackEnvelopes()).hasSize(1);
        assertThat(approval.repeats()).isZero();
        assertThat(approval.duplicateCreations()).isZero();
    }

    @Test
    void aSubmissionWhoseCodesDoNotMapIsQuarantinedWithItsReasonAndTheOthersAreLoaded() {
        String good = receipt();
        String unmapped = receipt();

        BatchLoad.Outcome outcome = load.load(List.of(queued(unmapped, "ZW999"), queued(good, TestHall.ITEM)));

        assertThat(approval.cases()).containsKey(good).doesNotContainKey(unmapped);
        QuarantineStore quarantine = inner.getBean(QuarantineStore.class);
        assertThat(quarantine.countByReceipt(unmapped)).isEqualTo(1);
        assertThat(quarantine.recent(10)).anySatisfy(e -> {
            assertThat(e.receipt()).isEqualTo(unmapped);
            assertThat(e.reason()).contains("对照匹配失败").contains("ZW999");
        });
        assertThat(outcome.feedbackEnvelopes()).anyMatch(e -> e.contains("held-" + unmapped) && e.contains("内网复核"));
        assertThat(outcome.feedbackEnvelopes()).anyMatch(e -> e.contains("delivered-" + good));
    }

    @Test
    void aMessageThatCannotBeReadIsQuarantinedAndNothingIsLoaded() {
        long calls = approval.intakeCalls();
        long kept = inner.getBean(QuarantineStore.class).count();

        BatchLoad.Outcome outcome = load.load(List.of(BatchLoad.Queued.unreadable("{not json", "Unexpected character", "SB-BROKEN")));

        assertThat(inner.getBean(QuarantineStore.class).count()).isEqualTo(kept + 1);
        assertThat(inner.getBean(QuarantineStore.class).countByReceipt("SB-BROKEN")).isEqualTo(1);
        assertThat(approval.intakeCalls()).isEqualTo(calls);
        assertThat(outcome.feedbackEnvelopes()).isEmpty();
    }

    @Test
    void whenTheApprovalSystemIsDownEverySubmissionWaitsAndNoneIsQuarantined() {
        String a = receipt();
        String b = receipt();
        approval.setDown(true);
        try {
            BatchLoad.Outcome outcome = load.load(List.of(queued(a, TestHall.ITEM), queued(b, TestHall.ITEM)));

            assertThat(outcome.later()).extracting(l -> l.queued().receipt()).containsExactly(a, b);
            assertThat(outcome.feedbackEnvelopes()).isEmpty();
            assertThat(inner.getBean(QuarantineStore.class).countByReceipt(a)).isZero();
            assertThat(inner.getBean(LoadedReceipts.class).caseIds(List.of(a, b))).isEmpty();
        } finally {
            approval.setDown(false);
        }
    }

    @Test
    void aQueuedSubmissionWaitsOnTheQueueWhileTheApprovalSystemIsDownAndIsLoadedOnceWhenItIsBack() {
        String r = receipt();
        approval.setDown(true);
        try {
            inner.getBean(QueueWriter.class).send(inner.getBean(Queues.class).intake(),
                    List.of(new QueueWriter.Outgoing(envelope(r, TestHall.ITEM), Map.of("receipt", r))));
            // sent back with a delay: it waits on the broker as a scheduled message, not in a loop
            await().atMost(Duration.ofSeconds(20)).until(() -> scheduledOnIntake() > 0);
            assertThat(approval.cases()).doesNotContainKey(r);
        } finally {
            approval.setDown(false);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> approval.cases().containsKey(r));
        assertThat(approval.duplicateCreations()).isZero();
        assertThat(inner.getBean(QuarantineStore.class).countByReceipt(r)).isZero();
    }

    @Test
    void aBundlesSubmissionsQueuedAsOneMessageAreEachLoadedOnce() {
        List<String> bundle = List.of(receipt(), receipt(), receipt());

        inner.getBean(QueueWriter.class).send(inner.getBean(Queues.class).intake(), List.of(new QueueWriter.Outgoing(
                QueuedEnvelopes.pack(bundle.stream().map(r -> envelope(r, TestHall.ITEM)).toList()), Map.of())));

        await().atMost(Duration.ofSeconds(30)).until(() -> approval.cases().keySet().containsAll(bundle));
        assertThat(approval.duplicateCreations()).isZero();
        assertThat(inner.getBean(LoadedReceipts.class).caseIds(bundle)).hasSize(3);
    }

    @Test
    void whatTheLoadDidIsCountedOnPrometheus() throws Exception {
        long before = load.loadedTotal();
        long quarantinedBefore = load.quarantinedTotal();

        load.load(List.of(queued(receipt(), TestHall.ITEM), queued(receipt(), TestHall.ITEM), queued(receipt(), "ZW999")));

        assertThat(load.loadedTotal() - before).isEqualTo(2);
        assertThat(load.quarantinedTotal() - quarantinedBefore).isEqualTo(1);
        String metrics = new HallClient(GatewayCluster.baseUrl(inner)).get("/actuator/prometheus", null).body();
        Matcher loaded = Pattern.compile("(?m)^hall_inner_loaded_total(?:\\{[^}]*\\})? (\\S+)$")
                .matcher(metrics);
        assertThat(loaded.find()).as(metrics).isTrue();
        assertThat(Double.parseDouble(loaded.group(1))).isGreaterThanOrEqualTo(before + 2);
        assertThat(metrics).contains("hall_inner_quarantined_total").contains("hall_inner_load_later_total")
                .contains("hall_inner_intake_backlog");
    }

    @Test
    void aBatchIsWrittenToTheDatabaseFileBeforeItLeavesTheQueueAndThatIsCounted() throws Exception {
        DurableCommits durable = inner.getBean(DurableCommits.class);
        long before = durable.checkpoints();
        String receipt = receipt();

        inner.getBean(QueueWriter.class).send(inner.getBean(Queues.class).intake(),
                List.of(new QueueWriter.Outgoing(envelope(receipt, TestHall.ITEM), Map.of())));

        await().atMost(Duration.ofSeconds(30)).until(() -> approval.cases().containsKey(receipt));
        await().atMost(Duration.ofSeconds(10)).until(() -> durable.checkpoints() > before);
        String metrics = new HallClient(GatewayCluster.baseUrl(inner)).get("/actuator/prometheus", null).body();
        assertThat(metrics).containsPattern("(?m)^hall_db_checkpoints_total(?:\\{[^}]*\\})? [1-9]");
    }

    private static long scheduledOnIntake() {
        return inner.getBean(EmbeddedActiveMQ.class).getActiveMQServer()
                .locateQueue(inner.getBean(Queues.class).intake()).getScheduledCount();
    }

    private static String receipt() {
        return "SB20261202-LOAD" + receipts.incrementAndGet();
    }

    private static BatchLoad.Queued queued(String receipt, String itemCode) {
        try {
            return BatchLoad.Queued.of(HallJson.wire().readValue(envelope(receipt, itemCode), Envelope.class), false, 0);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String envelope(String receipt, String itemCode) {
        Submission s = new Submission(receipt, itemCode, Applicants.applicant(receipts.get()), Map.of("reason", "居住"),
                List.of(new Attachment("申请表.pdf", "application/pdf", Base64.getEncoder().encodeToString(HallClient.PDF))),
                Instant.now(), "web");
        try {
            return HallJson.wire().writeValueAsString(new Envelope("sub-" + receipt, "submission", receipt, Instant.now(),
                    HallJson.wire().writeValueAsString(s)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
