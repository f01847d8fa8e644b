package org.virtualhall.gateway.inner.relay;

import java.util.List;
import java.util.Map;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.quarantine.QuarantineEntry;
import org.virtualhall.gateway.quarantine.Replayer;

/** Replays a refused record of one kind: back on the relay queue, through every step again. */
public abstract class RelayReplayer implements Replayer {

    private final String kind;
    private final QueueWriter writer;
    private final Queues queues;

    protected RelayReplayer(String kind, QueueWriter writer, Queues queues) {
        this.kind = kind;
        this.writer = writer;
        this.queues = queues;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public void replay(QuarantineEntry entry) {
        writer.send(queues.relays(), List.of(new QueueWriter.Outgoing(entry.payload(), Map.of())));
    }
}
