package org.virtualhall.gateway.inner.supplement;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.quarantine.QuarantineEntry;
import org.virtualhall.gateway.quarantine.Replayer;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/** Replays a refused supplement: forgotten as loaded and put back on the supplement queue, through every step again. */
@Component
@Profile("inner")
class SupplementReplayer implements Replayer {

    static final String KIND = "SUPPLEMENT";

    private final QueueWriter writer;
    private final Queues queues;
    private final IdempotentRepository loaded;

    SupplementReplayer(QueueWriter writer, Queues queues, IdempotentRepository loadedSupplements) {
        this.writer = writer;
        this.queues = queues;
        this.loaded = loadedSupplements;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void replay(QuarantineEntry entry) {
        Envelope envelope;
        try {
            envelope = HallJson.wire().readValue(entry.payload(), Envelope.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the quarantined supplement " + entry.id() + " is not an envelope", e);
        }
        loaded.remove(envelope.id());
        writer.send(queues.supplements(), List.of(new QueueWriter.Outgoing(entry.payload(),
                Map.of("receipt", envelope.receipt(), "envelopeId", envelope.id()))));
    }
}
