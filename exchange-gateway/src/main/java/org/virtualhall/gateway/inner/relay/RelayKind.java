package org.virtualhall.gateway.inner.relay;

import java.util.List;
import java.util.Map;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.quarantine.QuarantineEntry;
import org.virtualhall.gateway.quarantine.Replayer;

/**
 * One kind of relayed record: its envelope type, its quarantine kind, and the replay of a refused one (back on the relay
 * queue, through every step again). A subclass reads the envelope ({@link #open}).
 */
public abstract class RelayKind implements Relay, Replayer {

    private final String type;
    private final String kind;
    private final QueueWriter writer;
    private final Queues queues;

    protected RelayKind(String type, String kind, QueueWriter writer, Queues queues) {
        this.type = type;
        this.kind = kind;
        this.writer = writer;
        this.queues = queues;
    }

    @Override
    public String type() {
        return type;
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
