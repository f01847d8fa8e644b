package org.virtualhall.gateway.gap.receive;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.gap.bundle.BundleName;
import org.virtualhall.gateway.gap.bundle.Channel;

/**
 * Which sequence numbers of each inbound channel have arrived, per sender (each instance of the other role numbers
 * its own stream). A number missing below the highest one of its sender is a gap: a bundle lost on the way that the
 * sender will resend.
 */
public class ReceivedSequences {

    private final JdbcTemplate jdbc;

    public ReceivedSequences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an arrival; false when this bundle had arrived before. */
    public boolean record(BundleName bundle) {
        String channel = bundle.channel().wireName();
        return jdbc.update("INSERT INTO gap_received (channel, sender, seq, received_at) SELECT ?, ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM gap_received WHERE channel = ? AND sender = ? AND seq = ?)",
                channel, bundle.sender(), bundle.sequence(), Timestamp.from(Instant.now()), channel, bundle.sender(),
                bundle.sequence()) == 1;
    }

    /** The channel over all its senders: the highest number any of them reached, and the numbers missing in each. */
    public ReceiverStatus status(Channel channel) {
        return jdbc.query("SELECT COALESCE(MAX(last_seq), 0), COALESCE(SUM(last_seq - arrived), 0) FROM "
                + "(SELECT MAX(seq) AS last_seq, COUNT(*) AS arrived FROM gap_received WHERE channel = ? GROUP BY sender) s",
                rs -> {
                    rs.next();
                    return new ReceiverStatus(channel.wireName(), rs.getLong(1), rs.getLong(2));
                }, channel.wireName());
    }

    /**
     * @param lastSequence the highest number a sender of the channel reached
     * @param missing      how many sequence numbers below each sender's last one have not arrived (yet)
     */
    public record ReceiverStatus(String channel, long lastSequence, long missing) {
    }
}
