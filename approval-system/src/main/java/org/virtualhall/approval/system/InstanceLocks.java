package org.virtualhall.approval.system;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jobs that one instance at a time may run when several share a database behind a balancer. Each job's row in
 * {@code instance_locks} is held {@code FOR UPDATE} until the caller's transaction ends; a lock of an instance that
 * dies goes with its connection, so there is no lease to wait out.
 */
@Component
public class InstanceLocks {

    /** The jobs, each a row of {@code instance_locks}. */
    public enum Job {
        /** filling an empty store (catalog, accounts) */
        SEED,
        /** pushing case events to the gateway, in the order they happened */
        OUTBOX;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final JdbcClient jdbc;

    InstanceLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until no other instance runs the job; the caller's transaction then holds it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void await(Job job) {
        jdbc.sql("SELECT name FROM instance_locks WHERE name = ? FOR UPDATE").param(job.key()).query(String.class).single();
    }

    /** @return whether the caller's transaction now holds the job; false when another instance is running it */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean tryTake(Job job) {
        return jdbc.sql("SELECT name FROM instance_locks WHERE name = ? FOR UPDATE SKIP LOCKED").param(job.key())
                .query(String.class).optional().isPresent();
    }
}
