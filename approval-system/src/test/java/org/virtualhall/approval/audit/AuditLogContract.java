package org.virtualhall.approval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.virtualhall.approval.system.ApprovalProperties;

/** The audit trail on a real store: newest first, a page at a time, by action and by actor. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AuditLogContract {

    @Autowired
    AuditLog log;
    @Autowired
    ApprovalProperties properties;

    @Test
    void rowsComeNewestFirstAPageAtATimeFilteredByActorAndAction() {
        String actor = "t" + UUID.randomUUID().toString().substring(0, 8);
        int size = properties.audit().pageSize();
        for (int i = 0; i < size + 3; i++) {
            log.record(actor, i % 2 == 0 ? AuditAction.STAFF_SAVED : AuditAction.ITEM_SAVED, "QX" + i, "第 " + i + " 次");
        }
        AuditPage first = log.page(new AuditQuery(null, actor, 0));
        assertThat(first.total()).isEqualTo(size + 3);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.entries()).hasSize(size).allMatch(e -> e.actor().equals(actor));
        assertThat(first.entries().get(0).target()).isEqualTo("QX" + (size + 2));
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();

        AuditPage second = log.page(new AuditQuery(null, actor, 1));
        assertThat(second.entries()).extracting(AuditEntry::target).containsExactly("QX2", "QX1", "QX0");
        assertThat(second.hasNext()).isFalse();
        assertThat(log.page(new AuditQuery(null, actor, 9)).page()).as("past the end: the last page").isEqualTo(1);

        AuditPage items = log.page(new AuditQuery(AuditAction.ITEM_SAVED, actor, 0));
        assertThat(items.total()).isEqualTo((size + 3) / 2);
        assertThat(items.entries()).allMatch(e -> e.action() == AuditAction.ITEM_SAVED && e.detail().startsWith("第 "));
        assertThat(log.page(new AuditQuery(null, actor + "x", 0)).total()).isZero();
    }
}
