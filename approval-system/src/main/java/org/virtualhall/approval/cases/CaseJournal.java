package org.virtualhall.approval.cases;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.virtualhall.approval.outbox.FeedbackEvent;
import org.virtualhall.approval.outbox.OutboxRepository;

/**
 * Records a step of a case (who, when, note) and queues it for the citizen, in the caller's
 * transaction: a step is never recorded without its feedback, nor fed back without being recorded.
 */
@Component
public class CaseJournal {

    private final CaseRepository cases;
    private final OutboxRepository outbox;
    private final Clock clock;

    CaseJournal(CaseRepository cases, OutboxRepository outbox, Clock clock) {
        this.cases = cases;
        this.outbox = outbox;
        this.clock = clock;
    }

    public CaseEventRecord record(CaseRecord c, String step, String note, String actor) {
        CaseEventRecord event = new CaseEventRecord(UUID.randomUUID().toString(), c.id(), clock.instant(), step,
                c.state(), c.state().status(), note, actor);
        cases.addEvent(event);
        outbox.add(new FeedbackEvent(event.id(), c.receipt(), event.at(), event.status(), step, note, actor));
        return event;
    }
}
