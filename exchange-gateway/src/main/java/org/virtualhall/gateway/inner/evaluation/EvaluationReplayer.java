package org.virtualhall.gateway.inner.evaluation;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.quarantine.QuarantineEntry;
import org.virtualhall.gateway.quarantine.Replayer;

/** Replays a refused review: back on the review queue, through every step again. */
@Component
@Profile("inner")
class EvaluationReplayer implements Replayer {

    static final String KIND = "EVALUATION";

    private final QueueWriter writer;
    private final Queues queues;

    EvaluationReplayer(QueueWriter writer, Queues queues) {
        this.writer = writer;
        this.queues = queues;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void replay(QuarantineEntry entry) {
        writer.send(queues.evaluations(), List.of(new QueueWriter.Outgoing(entry.payload(),
                entry.receipt() == null ? Map.of() : Map.of("receipt", entry.receipt()))));
    }
}
