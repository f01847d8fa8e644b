package org.virtualhall.gateway.gap.receive;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.model.submission.Envelope;

/** The persistent idempotent repository of envelope ids: what has crossed once is dropped the second time. */
public class SeenEnvelopes {

    private final JdbcTemplate jdbc;
    private final AtomicLong duplicatesDropped = new AtomicLong();

    public SeenEnvelopes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The envelopes not seen before, in their order; also drops repeats inside the list itself. */
    public List<Envelope> unseen(List<Envelope> envelopes) {
        if (envelopes.isEmpty()) {
            return envelopes;
        }
        String marks = String.join(",", Collections.nCopies(envelopes.size(), "?"));
        Set<String> seen = new HashSet<>(jdbc.queryForList(
                "SELECT envelope_id FROM gap_seen WHERE envelope_id IN (" + marks + ")", String.class,
                envelopes.stream().map(Envelope::id).toArray()));
        List<Envelope> fresh = envelopes.stream().filter(e -> seen.add(e.id())).toList();
        duplicatesDropped.addAndGet(envelopes.size() - fresh.size());
        return fresh;
    }

    public void markSeen(String channel, List<Envelope> envelopes) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("INSERT INTO gap_seen (envelope_id, channel, seen_at) SELECT ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM gap_seen WHERE envelope_id = ?)",
                envelopes.stream().map(e -> new Object[] {e.id(), channel, now, e.id()}).toList());
    }

    /** Counts repeats that a channel with an idempotent repository of its own dropped there. */
    public void countDropped(int repeats) {
        duplicatesDropped.addAndGet(repeats);
    }

    public long duplicatesDropped() {
        return duplicatesDropped.get();
    }
}
