package org.virtualhall.gateway.config;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes committed rows survive a kill of the process before anything that depends on them leaves it: a 202, an ack
 * file, a broker commit that takes messages off a queue. H2 writes its commits to the file in the background up to
 * half a second later, and what that half second would lose — an audit row, a received sequence, a timeline event —
 * is never sent again once its ack or commit is out. PostgreSQL's commit is already durable.
 */
@Component
@Profile({"outer", "inner"})
public class DurableCommits {

    private final JdbcTemplate jdbc;
    private final boolean h2;
    private final AtomicLong checkpoints = new AtomicLong();

    DurableCommits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        String url = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getURL());
        this.h2 = url != null && url.startsWith("jdbc:h2:");
    }

    /** Returns once what the caller committed before calling is in the file (which the OS keeps through a kill -9). */
    public void persist() {
        if (h2) {
            jdbc.execute("CHECKPOINT");
            checkpoints.incrementAndGet();
        }
    }

    /** Checkpoints written since start. */
    public long checkpoints() {
        return checkpoints.get();
    }
}
