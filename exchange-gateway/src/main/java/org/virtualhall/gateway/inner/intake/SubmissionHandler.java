package org.virtualhall.gateway.inner.intake;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.appointment.Appointment;
import org.virtualhall.gateway.consultation.Consultation;
import org.virtualhall.gateway.evaluation.Evaluation;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.receive.EnvelopeHandler;
import org.virtualhall.gateway.gap.receive.SeenEnvelopes;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.gap.send.QueuedEnvelopes;
import org.virtualhall.gateway.queue.QueueTicket;
import org.virtualhall.gateway.supplement.Supplement;
import org.virtualhall.model.submission.Envelope;

/**
 * Submissions arriving from outside go onto the inner persistent queue in one broker transaction per bundle, as
 * one message (补正材料, envelopes of type {@code supplement}, and reviews and bookings, types {@code evaluation},
 * {@code appointment}, {@code queue-ticket} and {@code consultation}, onto their own queues, one message each),
 * then their envelope ids are recorded as seen. A crash in between re-queues them on resend; the load step's
 * loaded receipts and the approval system's idempotent intake both catch that repeat.
 */
@Component
@Profile("inner")
class SubmissionHandler implements EnvelopeHandler {

    private final QueueWriter queue;
    private final SeenEnvelopes seen;
    private final Queues queues;

    SubmissionHandler(QueueWriter queue, SeenEnvelopes seen, Queues queues) {
        this.queue = queue;
        this.seen = seen;
        this.queues = queues;
    }

    @Override
    public Channel channel() {
        return Channel.SUBMISSIONS;
    }

    @Override
    public void handle(List<Envelope> envelopes) {
        List<Envelope> fresh = seen.unseen(envelopes);
        if (fresh.isEmpty()) {
            return;
        }
        List<Envelope> supplements = fresh.stream().filter(e -> Supplement.TYPE.equals(e.type())).toList();
        List<Envelope> relayed = fresh.stream().filter(SubmissionHandler::relayed).toList();
        List<Envelope> submissions = fresh.stream()
                .filter(e -> !Supplement.TYPE.equals(e.type()) && !relayed(e)).toList();
        if (!submissions.isEmpty()) {
            queue.send(queues.intake(), List.of(new QueueWriter.Outgoing(
                    QueuedEnvelopes.pack(submissions.stream().map(QueuedEnvelopes::json).toList()), Map.of())));
        }
        if (!supplements.isEmpty()) {
            queue.send(queues.supplements(), supplements.stream().map(SubmissionHandler::keyed).toList());
        }
        if (!relayed.isEmpty()) {
            queue.send(queues.relays(), relayed.stream().map(SubmissionHandler::keyed).toList());
        }
        seen.markSeen(channel().wireName(), fresh);
    }

    /** Posted to the approval system as they are (inner/relay): reviews, bookings, queue tickets and questions. */
    private static boolean relayed(Envelope e) {
        return Evaluation.TYPE.equals(e.type()) || Appointment.TYPE.equals(e.type()) || QueueTicket.TYPE.equals(e.type())
                || Consultation.TYPE.equals(e.type());
    }

    /** A supplement or a relayed record keyed by its envelope id: the supplement load route is idempotent by it. */
    private static QueueWriter.Outgoing keyed(Envelope e) {
        return new QueueWriter.Outgoing(QueuedEnvelopes.json(e), e.receipt() == null ? Map.of("envelopeId", e.id())
                : Map.of("receipt", e.receipt(), "envelopeId", e.id()));
    }
}
