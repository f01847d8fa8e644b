package org.virtualhall.gateway.outer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.feedback.OutboundEvent;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.GatewayDatabase;
import org.virtualhall.model.submission.Submission;
import org.virtualhall.model.submission.SubmissionStatus;

/**
 * The citizen's status on the outer side, from events that come back in any order, on the shipped schema in H2 (the
 * embedded default) and in PostgreSQL (a deployment's).
 */
class TimelineStoreTests {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

    @Nested
    class OnH2 extends Cases {
        @Override
        DataSource database() {
            return GatewayDatabase.fresh();
        }
    }

    @Nested
    class OnPostgreSQL extends Cases {
        @Override
        DataSource database() {
            return GatewayDatabase.postgres();
        }
    }

    abstract static class Cases {

        private JdbcTemplate jdbc;
        private TimelineStore store;
        private String receipt;

        abstract DataSource database();

        @BeforeEach
        void freshStore() {
            jdbc = new JdbcTemplate(database());
            store = new TimelineStore(jdbc);
            Submission submission = new Submission("R20261123-0001", "GA003", Applicants.applicant(1), Map.of(), List.of(), T0, "web");
            receipt = submission.receipt();
            store.accepted(List.of(submission));
        }

        @Test
        void aSubmissionWithoutEventsStandsAtAcceptedWithItsFirstStep() {
            assertThat(status()).isEqualTo("ACCEPTED");
            assertThat(store.events(receipt)).singleElement().satisfies(e -> {
                assertThat(e.at()).isEqualTo(T0);
                assertThat(e.step()).isEqualTo("已申报");
            });
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission_event", Long.class))
                    .as("the first step is read off the submission, not written").isZero();
        }

        @Test
        void theLatestCaseEventByTimeWinsWhateverTheOrderOfArrival() {
            store.apply(event("e3", 30, SubmissionStatus.CORRECTION_REQUESTED));
            store.apply(event("e1", 10, SubmissionStatus.ACCEPTED_FOR_PROCESSING));
            store.apply(event("e2", 20, SubmissionStatus.IN_REVIEW));

            assertThat(status()).isEqualTo("CORRECTION_REQUESTED");
            assertThat(store.events(receipt)).extracting(Timeline.Event::status)
                    .containsExactly("ACCEPTED", "ACCEPTED_FOR_PROCESSING", "IN_REVIEW", "CORRECTION_REQUESTED");
        }

        @Test
        void aDeliveryConfirmedLateDoesNotHideWhatTheWindowDidSince() {
            store.apply(event("accept", 10, SubmissionStatus.ACCEPTED_FOR_PROCESSING));
            store.apply(event("correction", 20, SubmissionStatus.CORRECTION_REQUESTED));
            store.apply(event("delivered", 25, SubmissionStatus.DELIVERED));

            assertThat(status()).isEqualTo("CORRECTION_REQUESTED");
            assertThat(store.events(receipt)).extracting(Timeline.Event::status).contains("DELIVERED");
        }

        @Test
        void beforeTheCaseExistsTheLatestTransportEventIsTheStatus() {
            store.apply(event("delivered", 5, SubmissionStatus.DELIVERED));

            assertThat(status()).isEqualTo("DELIVERED");
        }

        @Test
        void aNoticeIsShownButLeavesTheStatusWhereItStands() {
            store.apply(event("correction", 20, SubmissionStatus.CORRECTION_REQUESTED));
            store.apply(new OutboundEvent("notice", receipt, T0.plusSeconds(30), null, "补正材料未被接收", "材料已留存", "inner-gateway"));

            assertThat(status()).isEqualTo("CORRECTION_REQUESTED");
            assertThat(store.events(receipt)).last().satisfies(e -> {
                assertThat(e.status()).isNull();
                assertThat(e.step()).isEqualTo("补正材料未被接收");
            });
        }

        @Test
        void aRepeatedEventChangesNothingAndIsCountedAsARepeat() {
            assertThat(store.applyAll(List.of(event("correction", 20, SubmissionStatus.CORRECTION_REQUESTED)))).isZero();
            assertThat(store.applyAll(List.of(event("correction", 40, SubmissionStatus.COMPLETED),
                    event("review", 10, SubmissionStatus.IN_REVIEW)))).isEqualTo(1);

            assertThat(status()).isEqualTo("CORRECTION_REQUESTED");
            assertThat(store.events(receipt)).extracting(Timeline.Event::status)
                    .containsExactly("ACCEPTED", "IN_REVIEW", "CORRECTION_REQUESTED");
        }

        @Test
        void aFirstStepStoredByAnEarlierVersionIsShownOnce() {
            jdbc.update("INSERT INTO submission_event (event_id, receipt, at, status, step, note, actor) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    "accepted-" + receipt, receipt, java.sql.Timestamp.from(T0), "ACCEPTED", "已申报", "", "outer-gateway");
            store.apply(event("delivered", 5, SubmissionStatus.DELIVERED));

            assertThat(store.events(receipt)).extracting(Timeline.Event::step).containsExactly("已申报", "已送达审批系统");
            assertThat(status()).isEqualTo("DELIVERED");
        }

        @Test
        void aBundleOfEventsForSeveralReceiptsLeavesEachOnItsLatestStatusAndRecordsARepeatOnce() {
            Submission other = new Submission("R20261123-0002", "GA003", Applicants.applicant(2), Map.of(), List.of(), T0, "web");
            store.accepted(List.of(other));
            OutboundEvent otherDelivered = new OutboundEvent("d2", other.receipt(), T0.plusSeconds(5), SubmissionStatus.DELIVERED,
                    "已送达审批系统", "", "test");

            store.applyAll(List.of(event("e2", 20, SubmissionStatus.IN_REVIEW), otherDelivered,
                    event("e1", 10, SubmissionStatus.ACCEPTED_FOR_PROCESSING), event("e2", 20, SubmissionStatus.IN_REVIEW)));

            assertThat(status()).isEqualTo("IN_REVIEW");
            assertThat(store.owner(other.receipt()).orElseThrow().status()).isEqualTo("DELIVERED");
            assertThat(store.events(receipt)).extracting(Timeline.Event::status)
                    .containsExactly("ACCEPTED", "ACCEPTED_FOR_PROCESSING", "IN_REVIEW");
        }

        private OutboundEvent event(String id, int secondsAfterSubmission, SubmissionStatus status) {
            return new OutboundEvent(id, receipt, T0.plusSeconds(secondsAfterSubmission), status, status.label(), "", "test");
        }

        private String status() {
            return store.owner(receipt).orElseThrow().status();
        }
    }
}
