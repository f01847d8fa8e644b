package org.virtualhall.gateway.gap.send;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.gap.bundle.Channel;

/**
 * The last sequence number this sender (an instance of the role) used per channel: every instance numbers its own
 * stream, so several on one database never take the same number. A number counts as used once its bundle is in the
 * pending directory; the sender passes that directory's highest number in at start-up, so a crash between writing the
 * file and recording the number never leaves a hole the receiver would wait for.
 */
public class SequenceStore {

    private final JdbcTemplate jdbc;
    private final String sender;
    private final Map<Channel, AtomicLong> last = new ConcurrentHashMap<>();

    public SequenceStore(JdbcTemplate jdbc, String sender) {
        this.jdbc = jdbc;
        this.sender = sender;
    }

    /** The instance whose streams these are; empty for a role run as one instance. */
    public String sender() {
        return sender;
    }

    public void recover(Channel channel, long highestPending) {
        Long stored = jdbc.query("SELECT last_seq FROM gap_sent WHERE sender = ? AND channel = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L, sender, channel.wireName());
        last.put(channel, new AtomicLong(Math.max(stored == null ? 0 : stored, highestPending)));
    }

    public long next(Channel channel) {
        return counter(channel).incrementAndGet();
    }

    public long lastUsed(Channel channel) {
        return counter(channel).get();
    }

    /** Records a used number; called after the bundle file is safely written. */
    public void recordUsed(Channel channel, long sequence) {
        int updated = jdbc.update("UPDATE gap_sent SET last_seq = ? WHERE sender = ? AND channel = ? AND last_seq < ?",
                sequence, sender, channel.wireName(), sequence);
        if (updated == 0) {
            jdbc.update("INSERT INTO gap_sent (sender, channel, last_seq) SELECT ?, ?, ? WHERE NOT EXISTS "
                    + "(SELECT 1 FROM gap_sent WHERE sender = ? AND channel = ?)", sender, channel.wireName(), sequence,
                    sender, channel.wireName());
        }
    }

    private AtomicLong counter(Channel channel) {
        if (!last.containsKey(channel)) {
            recover(channel, 0);
        }
        return last.get(channel);
    }
}
