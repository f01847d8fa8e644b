package org.virtualhall.gateway.inner.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.virtualhall.gateway.inner.InnerProperties;
import org.virtualhall.gateway.inner.InnerRefusal;
import org.virtualhall.gateway.inner.transform.IntakeRecord;
import org.virtualhall.gateway.support.ApprovalDouble;

/** 装载 in batches against the approval double over real HTTP: each consumer gets its own record's answer. */
class BatchingApprovalIntakeTests {

    private ApprovalDouble approval;
    private BatchingApprovalIntake intake;

    @BeforeEach
    void start() throws Exception {
        approval = new ApprovalDouble();
        InnerProperties props = new InnerProperties(approval.url(), Duration.ofSeconds(10), 1, 1, 100, 1, "classpath:codes/",
                30, 100, "330199");
        intake = new BatchingApprovalIntake(new ApprovalHttp(props), props);
        intake.start();
    }

    @AfterEach
    void stop() {
        approval.releaseIntake();
        intake.stop();
        approval.close();
    }

    @Test
    void whatGathersWhileABatchIsInFlightGoesAsOneBatch() throws Exception {
        approval.holdIntake();
        CompletableFuture<ApprovalIntake.LoadResult> first = CompletableFuture.supplyAsync(() -> intake.load(record("R0")));
        await().atMost(Duration.ofSeconds(10)).until(() -> approval.intakeCalls() == 1);
        List<CompletableFuture<ApprovalIntake.LoadResult>> later = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String receipt = "R" + i;
            later.add(CompletableFuture.supplyAsync(() -> intake.load(record(receipt))));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> intake.waiting() == 10);
        approval.releaseIntake();

        assertThat(first.get().created()).isTrue();
        for (int i = 0; i < later.size(); i++) {
            ApprovalIntake.LoadResult r = later.get(i).get();
            assertThat(r.receipt()).isEqualTo("R" + (i + 1));
            assertThat(r.caseId()).isEqualTo("C-R" + (i + 1));
            assertThat(r.created()).isTrue();
        }
        assertThat(approval.batches()).isEqualTo(2);
        assertThat(approval.cases()).hasSize(11);
    }

    @Test
    void aRefusedRecordIsRefusedAloneAndTheOthersAreLoaded() throws Exception {
        approval.refuseItem("UNKNOWN");
        approval.holdIntake();
        CompletableFuture<ApprovalIntake.LoadResult> first = CompletableFuture.supplyAsync(() -> intake.load(record("R0")));
        await().atMost(Duration.ofSeconds(10)).until(() -> approval.intakeCalls() == 1);
        CompletableFuture<ApprovalIntake.LoadResult> good = CompletableFuture.supplyAsync(() -> intake.load(record("R1")));
        CompletableFuture<ApprovalIntake.LoadResult> bad = CompletableFuture.supplyAsync(
                () -> intake.load(new IntakeRecord("R2", "UNKNOWN", "001", "330199000000", null, Map.of(), List.of(), null, "web")));
        await().atMost(Duration.ofSeconds(10)).until(() -> intake.waiting() == 2);
        approval.releaseIntake();

        assertThat(first.get().created()).isTrue();
        assertThat(good.get().created()).isTrue();
        assertThatThrownBy(bad::join).hasCauseInstanceOf(InnerRefusal.class).hasMessageContaining("不认识的事项");
        assertThat(approval.cases()).containsOnlyKeys("R0", "R1");
    }

    @Test
    void aRecordLoadedBeforeIsAnsweredAsKnown() {
        assertThat(intake.load(record("R7")).created()).isTrue();

        ApprovalIntake.LoadResult again = intake.load(record("R7"));

        assertThat(again.created()).isFalse();
        assertThat(again.caseId()).isEqualTo("C-R7");
        assertThat(approval.duplicateCreations()).isZero();
    }

    @Test
    void anApprovalSystemThatIsDownMeansTryAgainLater() {
        approval.setDown(true);

        assertThatThrownBy(() -> intake.load(record("R9"))).isInstanceOf(ApprovalUnavailable.class);
        assertThat(approval.cases()).isEmpty();
    }

    @Test
    void aBatchCallRefusedAsAWholeRefusesNoRecordButLeavesThemToBeTriedAgain() {
        approval.withoutBatchIntake();

        assertThatThrownBy(() -> intake.load(record("R8"))).isInstanceOf(ApprovalUnavailable.class)
                .hasMessageContaining("batch call refused");
        assertThat(approval.cases()).isEmpty();
    }

    private static IntakeRecord record(String receipt) {
        return new IntakeRecord(receipt, "QXSP-0101-003", "001008001", "330199000000",
                new IntakeRecord.Sqr("张三", "11010519491231002X", "13800138000"), Map.of("reason", "丢失"), List.of(),
                "2026-11-23T08:00:00Z", "web");
    }
}
