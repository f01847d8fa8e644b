package org.virtualhall.gateway.inner.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.jms.MessageProducer;
import jakarta.jms.TextMessage;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.receive.EnvelopeHandler;
import org.virtualhall.gateway.gap.receive.SeenEnvelopes;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/**
 * Submissions arriving from outside go onto the inner persistent queue in one broker transaction per bundle,
 * then their envelope ids are recorded as seen. A crash in between re-queues them on resend; the load route's
 * idempotent consumer and the approval system's idempotent intake both catch that repeat.
 */
@Component
@Profile("inner")
class SubmissionHandler implements EnvelopeHandler {

    private final JmsTemplate transactedJms;
    private final SeenEnvelopes seen;
    private final Queues queues;

    SubmissionHandler(JmsTemplate transactedJms, SeenEnvelopes seen, Queues queues) {
        this.transactedJms = transactedJms;
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
        transactedJms.execute(session -> {
            try (MessageProducer producer = session.createProducer(session.createQueue(queues.intake()))) {
                for (Envelope envelope : fresh) {
                    TextMessage message = session.createTextMessage(json(envelope));
                    message.setStringProperty("receipt", envelope.receipt());
                    producer.send(message);
                }
                session.commit();
            }
            return null;
        }, true);
        seen.markSeen(channel().wireName(), fresh);
    }

    private static String json(Envelope envelope) {
        try {
            return HallJson.wire().writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
