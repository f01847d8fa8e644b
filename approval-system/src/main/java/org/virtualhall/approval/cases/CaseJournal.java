package org.virtualhall.approval.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
        return recordAll(List.of(c), step, x -> note, actor).get(0);
    }

    /** The same step for many cases (intake's group commit), with one batch of events and one of feedback. */
    public List<CaseEventRecord> recordAll(List<CaseRecord> changed, String step, Function<CaseRecord, String> note,
                                           String actor) {
        Instant at = clock.instant();
        List<CaseEventRecord> events = new ArrayList<>(changed.size());
        List<FeedbackEvent> feedback = new ArrayList<>(changed.size());
        for (CaseRecord c : changed) {
            CaseEventRecord event = new CaseEventRecord(EventIds.next(), c.id(), at, step, c.state(),
                    c.state().status(), note.apply(c), actor);
            events.add(event);
            feedback.add(new FeedbackEvent(event.id(), c.receipt(), at, event.status(), step, event.note(), actor));
        }
        cases.addEvents(events);
        outbox.addAll(feedback);
        return events;
    }
}
