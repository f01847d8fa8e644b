package org.virtualhall.gateway.inner.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.feedback.OutboundEvent;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.bundle.Hmac;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.panorama.PanoramaPhoto;
import org.virtualhall.model.submission.Envelope;

/** Puts case events, catalog publications and panorama photos on the inner queues that the gap senders drain outward. */
@Component
@Profile("inner")
public class FeedbackPublisher {

    private final QueueWriter writer;
    private final Queues queues;

    FeedbackPublisher(QueueWriter writer, Queues queues) {
        this.writer = writer;
        this.queues = queues;
    }

    /** Queues the events in one transaction: all of them or none. */
    public void events(List<OutboundEvent> events) {
        send(queues.feedback(), events.stream().map(FeedbackPublisher::envelope).toList());
    }

    /** The envelope of one event, for a route that queues it in its own transaction. */
    public static String envelopeJson(OutboundEvent event) {
        return json(envelope(event));
    }

    private static Envelope envelope(OutboundEvent e) {
        return new Envelope("evt-" + e.id(), "case-event", e.receipt(), Instant.now(), json(e));
    }

    /**
     * Queues the latest state of something published from inside (好差评 figures, 预约 places) as one envelope of its
     * type; the id is the type and the time it was counted, so a repeat of the same push is dropped outside.
     */
    public void state(String type, Instant at, Object state) {
        send(queues.feedback(), List.of(new Envelope(type + "-" + at.toEpochMilli(), type, null, Instant.now(), json(state))));
    }

    public void catalog(PublishedHall hall) {
        Instant now = Instant.now();
        send(queues.catalog(), List.of(new Envelope("cat-" + hall.version() + "-" + now.toEpochMilli(), "catalog", null,
                now, json(hall))));
    }

    /** A viewpoint's photo goes out on the catalog channel too, in its own envelope, named by its content. */
    public void panorama(PanoramaPhoto photo) {
        Instant now = Instant.now();
        String digest = Hmac.sha256(photo.jpeg()).substring(0, 16);
        send(queues.catalog(), List.of(new Envelope("pano-" + photo.viewpoint() + "-" + digest, PanoramaPhoto.ENVELOPE_TYPE,
                null, now, json(photo))));
    }

    private void send(String queue, List<Envelope> envelopes) {
        writer.send(queue, envelopes.stream().map(e -> new QueueWriter.Outgoing(json(e), Map.of())).toList());
    }

    private static String json(Object value) {
        try {
            return HallJson.wire().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
