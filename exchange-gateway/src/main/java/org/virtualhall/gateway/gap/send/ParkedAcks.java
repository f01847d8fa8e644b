package org.virtualhall.gateway.gap.send;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.receive.AckNote;

/** Acks one instance of a role took off the shared spool for another, kept until that one takes them. */
public class ParkedAcks {

    private final JdbcTemplate jdbc;

    public ParkedAcks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void park(AckNote ack) {
        jdbc.update("INSERT INTO gap_acked (sender, channel, seq, acked_at) SELECT ?, ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM gap_acked WHERE sender = ? AND channel = ? AND seq = ?)",
                ack.sender(), ack.channel(), ack.sequence(), Timestamp.from(Instant.now()), ack.sender(), ack.channel(),
                ack.sequence());
    }

    /** The sequence numbers parked for this sender and channel, which are forgotten here once taken. */
    public List<Long> take(String sender, Channel channel) {
        List<Long> acked = jdbc.queryForList("SELECT seq FROM gap_acked WHERE sender = ? AND channel = ?", Long.class,
                sender, channel.wireName());
        if (!acked.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM gap_acked WHERE sender = ? AND channel = ? AND seq = ?",
                    acked.stream().map(seq -> new Object[] {sender, channel.wireName(), seq}).toList());
        }
        return acked;
    }
}
