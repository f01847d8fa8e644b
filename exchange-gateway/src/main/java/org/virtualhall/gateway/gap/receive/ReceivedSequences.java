package org.virtualhall.gateway.gap.receive;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.gap.bundle.Channel;

/**
 * Which sequence numbers of each inbound channel have arrived. A number missing below the highest one is
 * a gap: a bundle lost on the way that the sender will resend.
 */
public class ReceivedSequences {

    private final JdbcTemplate jdbc;

    public ReceivedSequences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an arrival; false when this sequence number had arrived before. */
    public boolean record(Channel channel, long sequence) {
        return jdbc.update("INSERT INTO gap_received (channel, seq, received_at) SELECT ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM gap_received WHERE channel = ? AND seq = ?)",
                channel.wireName(), sequence, Timestamp.from(Instant.now()), channel.wireName(), sequence) == 1;
    }

    public ReceiverStatus status(Channel channel) {
        return jdbc.query("SELECT COALESCE(MAX(seq), 0), COUNT(*) FROM gap_received WHERE channel = ?", rs -> {
            rs.next();
            long last = rs.getLong(1);
            return new ReceiverStatus(channel.wireName(), last, last - rs.getLong(2));
        }, channel.wireName());
    }

    /** @param missing how many sequence numbers below the last one have not arrived (yet) */
    public record ReceiverStatus(String channel, long lastSequence, long missing) {
    }
}
