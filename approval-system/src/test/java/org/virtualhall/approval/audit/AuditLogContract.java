package org.virtualhall.approval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.virtualhall.approval.system.ApprovalProperties;

/** The audit trail on a real store: newest first, a page at a time, by action, actor, target and days. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AuditLogContract {

    @Autowired
    AuditLog log;
    @Autowired
    ApprovalProperties properties;
    @Autowired
    Clock clock;

    @Test
    void rowsComeNewestFirstAPageAtATimeFilteredByActorActionTargetAndDay() {
        String actor = "t" + UUID.randomUUID().toString().substring(0, 8);
        int size = properties.audit().pageSize();
        for (int i = 0; i < size + 3; i++) {
            log.record(actor, i % 2 == 0 ? AuditAction.STAFF_SAVED : AuditAction.ITEM_SAVED, "QX" + i, "第 " + i + " 次");
        }
        AuditPage first = log.page(byActor(actor, null, null, 0));
        assertThat(first.total()).isEqualTo(size + 3);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.entries()).hasSize(size).allMatch(e -> e.actor().equals(actor));
        assertThat(first.entries().get(0).target()).isEqualTo("QX" + (size + 2));
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();

        AuditPage second = log.page(byActor(actor, null, null, 1));
        assertThat(second.entries()).extracting(AuditEntry::target).containsExactly("QX2", "QX1", "QX0");
        assertThat(second.hasNext()).isFalse();
        assertThat(log.page(byActor(actor, null, null, 9)).page()).as("past the end: the last page").isEqualTo(1);

        AuditPage items = log.page(new AuditQuery(AuditAction.ITEM_SAVED, actor, null, null, null, 0));
        assertThat(items.total()).isEqualTo((size + 3) / 2);
        assertThat(items.entries()).allMatch(e -> e.action() == AuditAction.ITEM_SAVED && e.detail().startsWith("第 "));
        assertThat(log.page(byActor(actor + "x", null, null, 0)).total()).isZero();

        assertThat(log.page(new AuditQuery(null, actor, "QX1", null, null, 0)).entries())
                .singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("第 1 次"));
        assertThat(log.page(new AuditQuery(null, " " + actor + " ", " QX1 ", null, null, 0)).total())
                .as("blanks around a filter do not count").isEqualTo(1);
    }

    @Test
    void daysAreTheHallsDaysFromTheFirstToTheLastInclusive() {
        String actor = "d" + UUID.randomUUID().toString().substring(0, 8);
        log.record(actor, AuditAction.PUBLISHED, "目录", "今天");
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        assertThat(log.page(byActor(actor, today, today, 0)).total()).isEqualTo(1);
        assertThat(log.page(byActor(actor, today.minusDays(3), null, 0)).total()).isEqualTo(1);
        assertThat(log.page(byActor(actor, null, today, 0)).total()).isEqualTo(1);
        assertThat(log.page(byActor(actor, today.plusDays(1), null, 0)).total()).isZero();
        assertThat(log.page(byActor(actor, null, today.minusDays(1), 0)).total()).isZero();
    }

    private static AuditQuery byActor(String actor, LocalDate from, LocalDate to, int page) {
        return new AuditQuery(null, actor, null, from, to, page);
    }
}
