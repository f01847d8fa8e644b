package org.virtualhall.gateway.outer.searchlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.gap.send.QueuedEnvelopes;
import org.virtualhall.gateway.searchstats.SearchStat;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/**
 * Puts the 热词 rows changed since their last send onto the persistent gap queue of the {@code search_stats} channel,
 * then records them as sent. A crash in between sends them again, which does no harm: they are absolute counts.
 */
@Component
@Profile("outer")
class SearchStatSender {

    private final SearchStatStore store;
    private final QueueWriter queue;
    private final Queues queues;
    private final int batch;

    SearchStatSender(SearchStatStore store, QueueWriter queue, Queues queues, SearchLogProperties props) {
        this.store = store;
        this.queue = queue;
        this.queues = queues;
        this.batch = props.sendBatch();
    }

    /** Sends every changed row, a message of up to {@code send-batch} rows at a time; returns the rows sent. */
    int sendChanged() {
        int sent = 0;
        List<SearchStatStore.Changed> rows;
        do {
            rows = store.changed(batch);
            if (rows.isEmpty()) {
                break;
            }
            queue.send(queues.searchStats(), List.of(new QueueWriter.Outgoing(
                    QueuedEnvelopes.pack(rows.stream().map(r -> json(envelope(r.stat()))).toList()), Map.of())));
            store.markSent(rows);
            sent += rows.size();
        } while (rows.size() == batch);
        return sent;
    }

    private static Envelope envelope(SearchStat stat) {
        return new Envelope("ss-" + UUID.randomUUID(), SearchStat.TYPE, null, stat.lastAt(), json(stat));
    }

    private static String json(Object value) {
        try {
            return HallJson.wire().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
