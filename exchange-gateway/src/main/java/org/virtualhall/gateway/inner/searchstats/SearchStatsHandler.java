package org.virtualhall.gateway.inner.searchstats;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.receive.EnvelopeHandler;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.gap.send.QueuedEnvelopes;
import org.virtualhall.model.submission.Envelope;

/**
 * 热词 counts arriving from outside go onto the inner persistent queue, one message per bundle, for
 * {@link SearchStatsLoadRoute}. They are absolute counts, upserted by the approval system, so a resent bundle is
 * harmless and no envelope id needs remembering.
 */
@Component
@Profile("inner")
class SearchStatsHandler implements EnvelopeHandler {

    private final QueueWriter queue;
    private final Queues queues;

    SearchStatsHandler(QueueWriter queue, Queues queues) {
        this.queue = queue;
        this.queues = queues;
    }

    @Override
    public Channel channel() {
        return Channel.SEARCH_STATS;
    }

    @Override
    public void handle(List<Envelope> envelopes) {
        if (!envelopes.isEmpty()) {
            queue.send(queues.searchStatsLoad(), List.of(new QueueWriter.Outgoing(
                    QueuedEnvelopes.pack(envelopes.stream().map(QueuedEnvelopes::json).toList()), Map.of())));
        }
    }
}
