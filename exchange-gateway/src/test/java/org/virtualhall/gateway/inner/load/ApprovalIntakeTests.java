package org.virtualhall.gateway.inner.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.virtualhall.gateway.inner.InnerProperties;
import org.virtualhall.gateway.inner.transform.IntakeRecord;
import org.virtualhall.gateway.support.ApprovalDouble;
import org.virtualhall.gateway.support.InnerSettings;

/** 装载 against the approval double over real HTTP: every record gets its own outcome, in order. */
class ApprovalIntakeTests {

    private ApprovalDouble approval;

    @BeforeEach
    void start() throws Exception {
        approval = new ApprovalDouble();
    }

    @AfterEach
    void stop() {
        approval.close();
    }

    @Nested
    class InBatches {

        private ApprovalIntake batchesOf(int size) {
            InnerProperties props = InnerSettings.of(approval.url(), size);
            return new BatchApprovalIntake(new ApprovalHttp(props), props);
        }

        @Test
        void recordsGoInOneCallAndEachGetsItsOwnAnswer() {
            List<ApprovalIntake.LoadOutcome> outcomes = batchesOf(100).load(List.of(record("R1"), record("R2"), record("R3")));

            assertThat(approval.batches()).isEqualTo(1);
            assertThat(outcomes).extracting(o -> ((ApprovalIntake.Loaded) o).result())
                    .extracting(ApprovalIntake.LoadResult::receipt, ApprovalIntake.LoadResult::caseId,
                            ApprovalIntake.LoadResult::created)
                    .containsExactly(tuple("R1", "C-R1", true), tuple("R2", "C-R2", true), tuple("R3", "C-R3", true));
        }

        @Test
        void moreRecordsThanTheLimitGoInSeveralCalls() {
            List<ApprovalIntake.LoadOutcome> outcomes = batchesOf(2).load(
                    List.of(record("R1"), record("R2"), record("R3"), record("R4"), record("R5")));

            assertThat(approval.batches()).isEqualTo(3);
            assertThat(outcomes).hasSize(5).allMatch(o -> o instanceof ApprovalIntake.Loaded);
            assertThat(approval.cases()).containsOnlyKeys("R1", "R2", "R3", "R4", "R5");
        }

        @Test
        void aRefusedRecordIsRefusedAloneAndTheOthersAreLoaded() {
            approval.refuseItem("UNKNOWN");

            List<ApprovalIntake.LoadOutcome> outcomes = batchesOf(100).load(
                    List.of(record("R1"), unknownItem("R2"), record("R3")));

            assertThat(outcomes.get(0)).isInstanceOf(ApprovalIntake.Loaded.class);
            assertThat(((ApprovalIntake.Refused) outcomes.get(1)).refusal()).hasMessageContaining("不认识的事项");
            assertThat(outcomes.get(2)).isInstanceOf(ApprovalIntake.Loaded.class);
            assertThat(approval.cases()).containsOnlyKeys("R1", "R3");
        }

        @Test
        void aRecordLoadedBeforeIsAnsweredAsKnown() {
            batchesOf(100).load(List.of(record("R7")));

            ApprovalIntake.Loaded again = (ApprovalIntake.Loaded) batchesOf(100).load(List.of(record("R7"))).get(0);

            assertThat(again.result().created()).isFalse();
            assertThat(again.result().caseId()).isEqualTo("C-R7");
            assertThat(approval.duplicateCreations()).isZero();
        }

        @Test
        void anApprovalSystemThatIsDownLeavesEveryRecordForLater() {
            approval.setDown(true);

            assertThat(batchesOf(100).load(List.of(record("R8"), record("R9"))))
                    .hasSize(2).allMatch(o -> o instanceof ApprovalIntake.Later);
            assertThat(approval.cases()).isEmpty();
        }

        @Test
        void aBatchCallRefusedAsAWholeRefusesNoRecordButLeavesThemForLater() {
            approval.withoutBatchIntake();

            List<ApprovalIntake.LoadOutcome> outcomes = batchesOf(100).load(List.of(record("R8")));

            assertThat(((ApprovalIntake.Later) outcomes.get(0)).reason()).contains("batch call refused");
            assertThat(approval.cases()).isEmpty();
        }
    }

    @Nested
    class OneCallEach {

        private ApprovalIntake single() {
            return new HttpApprovalIntake(new ApprovalHttp(InnerSettings.of(approval.url(), 1)));
        }

        @Test
        void eachRecordIsItsOwnCallWithItsOwnOutcome() {
            approval.refuseItem("UNKNOWN");

            List<ApprovalIntake.LoadOutcome> outcomes = single().load(List.of(record("R1"), unknownItem("R2")));

            assertThat(approval.batches()).isZero();
            assertThat(approval.intakeCalls()).isEqualTo(2);
            assertThat(((ApprovalIntake.Loaded) outcomes.get(0)).result().created()).isTrue();
            assertThat(outcomes.get(1)).isInstanceOf(ApprovalIntake.Refused.class);
        }

        @Test
        void anApprovalSystemThatIsDownLeavesTheRecordForLater() {
            approval.setDown(true);

            assertThat(single().load(List.of(record("R9")))).singleElement().isInstanceOf(ApprovalIntake.Later.class);
        }
    }

    private static IntakeRecord record(String receipt) {
        return new IntakeRecord(receipt, "QXSP-0101-003", "001008001", "330199000000",
                new IntakeRecord.Sqr("张三", "11010519491231002X", "13800138000"), Map.of("reason", "丢失"), List.of(),
                "2026-11-23T08:00:00Z", "web");
    }

    private static IntakeRecord unknownItem(String receipt) {
        return new IntakeRecord(receipt, "UNKNOWN", "001", "330199000000", null, Map.of(), List.of(), null, "web");
    }
}
