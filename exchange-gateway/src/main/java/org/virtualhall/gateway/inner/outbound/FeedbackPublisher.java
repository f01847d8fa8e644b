package org.virtualhall.gateway.inner.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.jms.MessageProducer;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.feedback.OutboundEvent;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.submission.Envelope;

/** Puts case events and catalog publications on the inner queues that the gap senders drain outward. */
@Component
@Profile("inner")
public class FeedbackPublisher {

    private final JmsTemplate transactedJms;
    private final Queues queues;

    FeedbackPublisher(JmsTemplate transactedJms, Queues queues) {
        this.transactedJms = transactedJms;
        this.queues = queues;
    }

    /** Queues the events in one transaction: all of them or none. */
    public void events(List<OutboundEvent> events) {
        List<Envelope> envelopes = events.stream()
                .map(e -> new Envelope("evt-" + e.id(), "case-event", e.receipt(), Instant.now(), json(e))).toList();
        send(queues.feedback(), envelopes);
    }

    public void catalog(PublishedHall hall) {
        Instant now = Instant.now();
        send(queues.catalog(), List.of(new Envelope("cat-" + hall.version() + "-" + now.toEpochMilli(), "catalog", null,
                now, json(hall))));
    }

    private void send(String queue, List<Envelope> envelopes) {
        transactedJms.execute(session -> {
            try (MessageProducer producer = session.createProducer(session.createQueue(queue))) {
                for (Envelope envelope : envelopes) {
                    producer.send(session.createTextMessage(json(envelope)));
                }
                session.commit();
            }
            return null;
        }, true);
    }

    private static String json(Object value) {
        try {
            return HallJson.wire().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
