package org.virtualhall.gateway.inner.searchstats;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.quarantine.QuarantineEntry;
import org.virtualhall.gateway.quarantine.Replayer;

/** Replays 热词 counts the approval system refused: back onto their queue as they were. */
@Component
@Profile("inner")
class SearchStatsReplayer implements Replayer {

    private final QueueWriter writer;
    private final Queues queues;

    SearchStatsReplayer(QueueWriter writer, Queues queues) {
        this.writer = writer;
        this.queues = queues;
    }

    @Override
    public String kind() {
        return SearchStatsLoadRoute.KIND;
    }

    @Override
    public void replay(QuarantineEntry entry) {
        writer.send(queues.searchStatsLoad(), List.of(new QueueWriter.Outgoing(entry.payload(), Map.of())));
    }
}
