package org.virtualhall.gateway.inner.intake;

import java.util.List;
import java.util.Map;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.inner.load.LoadedReceipts;
import org.virtualhall.gateway.quarantine.QuarantineEntry;
import org.virtualhall.gateway.quarantine.Replayer;

/**
 * Replays a refused or held submission: back onto the intake queue, marked as a replay so that behaviour
 * monitoring (which an operator has just overruled) lets it pass; every other check runs again.
 */
public class SubmissionReplayer implements Replayer {

    /** JMS property marking a message put back by an operator. */
    public static final String REPLAY_HEADER = "hallReplay";

    private final String kind;
    private final QueueWriter writer;
    private final String intakeQueue;
    private final LoadedReceipts loadedReceipts;

    public SubmissionReplayer(String kind, QueueWriter writer, String intakeQueue,
                              LoadedReceipts loadedReceipts) {
        this.kind = kind;
        this.writer = writer;
        this.intakeQueue = intakeQueue;
        this.loadedReceipts = loadedReceipts;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public void replay(QuarantineEntry entry) {
        if (entry.receipt() != null) {
            loadedReceipts.forget(entry.receipt());
        }
        writer.send(intakeQueue, List.of(new QueueWriter.Outgoing(entry.payload(),
                Map.of("receipt", entry.receipt(), REPLAY_HEADER, true))));
    }
}
