package org.virtualhall.gateway.inner.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import org.virtualhall.gateway.gap.bundle.Hmac;

/**
 * 内容审计: an append-only log of who did what to which receipt, when, with the SHA-256 of what was handled.
 * Each row also carries a chain hash over the previous row's, so a row changed or removed afterwards shows
 * ({@link #verify}). There is no update or delete here, by design.
 *
 * <p>The chain makes the rows one sequence, so appends are written one batch at a time: each caller queues its
 * row, and whichever caller holds the write lock writes every row queued so far in one transaction, then releases
 * the others whose rows went with it. Under load a batch carries the rows of all the load consumers that arrived
 * meanwhile (one commit instead of one each); alone, a row is a batch of one. {@link #append} returns once its
 * row is committed, or throws what the batch failed with.
 *
 * <p>Inner instances on one database share the chain: a batch's transaction locks the chain's head row
 * ({@code audit_head}) first, chains on from it and moves it, so the other instances' batches wait and then chain on
 * from this one; the row order ({@code seq}) is the chain order because the rows are inserted under that lock.
 */
@Repository
@Profile("inner")
public class AuditLog {

    private static final String INSERT = "INSERT INTO audit (receipt, actor, action, at, sha256, chain) VALUES (?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ConcurrentLinkedQueue<Pending> queued = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    AuditLog(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    public void append(String receipt, String actor, String action, byte[] payload) {
        appendAll(List.of(new Row(receipt, actor, action, payload)));
    }

    /** Appends the rows in their order, in the same batch or in batches one after another. */
    public void appendAll(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Pending> mine = new ArrayList<>(rows.size());
        for (Row row : rows) {
            mine.add(new Pending(row.receipt(), row.actor(), row.action(), Hmac.sha256(row.payload())));
        }
        queued.addAll(mine);
        writing.lock();
        try {
            if (!mine.get(mine.size() - 1).written) {
                writeQueued();
            }
        } finally {
            writing.unlock();
        }
        for (Pending p : mine) {
            if (p.failure != null) {
                throw p.failure;
            }
        }
    }

    /** Rows queued and not yet taken into a batch. */
    int waiting() {
        return queued.size();
    }

    private void writeQueued() {
        List<Pending> batch = new ArrayList<>();
        for (Pending p = queued.poll(); p != null; p = queued.poll()) {
            batch.add(p);
        }
        try {
            write(batch);
        } catch (RuntimeException e) {
            // every row taken from the queue is answered, so no caller returns as if its row were kept
            batch.forEach(p -> p.failure = e);
        }
        batch.forEach(p -> p.written = true);
    }

    private void write(List<Pending> batch) {
        transaction.executeWithoutResult(status -> {
            String chain = jdbc.queryForObject("SELECT chain FROM audit_head WHERE id = 1 FOR UPDATE", String.class);
            List<Object[]> rows = new ArrayList<>(batch.size());
            for (Pending p : batch) {
                // the database keeps microseconds: chain what it keeps, so that verify recomputes the same hash
                Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
                chain = chain(chain, p.receipt, p.actor, p.action, at, p.sha256);
                rows.add(new Object[] {p.receipt, p.actor, p.action, Timestamp.from(at), p.sha256, chain});
            }
            jdbc.batchUpdate(INSERT, rows);
            jdbc.update("UPDATE audit_head SET chain = ? WHERE id = 1", chain);
        });
    }

    private static String chain(String previous, String receipt, String actor, String action, Instant at, String sha) {
        return Hmac.sha256((previous + "|" + receipt + "|" + actor + "|" + action + "|" + at + "|" + sha)
                .getBytes(StandardCharsets.UTF_8));
    }

    public List<AuditEntry> byReceipt(String receipt) {
        return jdbc.query("SELECT seq, receipt, actor, action, at, sha256, chain FROM audit WHERE receipt = ? ORDER BY seq",
                (rs, n) -> entry(rs), receipt);
    }

    /**
     * Recomputes the chain over every row in order: the first row whose chain does not follow from the one before
     * (changed, or a row before it removed), or empty when the log is intact.
     */
    public Optional<AuditEntry> verify() {
        AuditEntry[] broken = new AuditEntry[1];
        String[] previous = {""};
        jdbc.query("SELECT seq, receipt, actor, action, at, sha256, chain FROM audit ORDER BY seq", rs -> {
            if (broken[0] != null) {
                return;
            }
            AuditEntry row = entry(rs);
            if (!row.chain().equals(chain(previous[0], row.receipt(), row.actor(), row.action(), row.at(), row.sha256()))) {
                broken[0] = row;
            }
            previous[0] = row.chain();
        });
        return Optional.ofNullable(broken[0]);
    }

    private static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7));
    }

    /** A row to append: {@code payload} is what was handled, kept as its SHA-256. */
    public record Row(String receipt, String actor, String action, byte[] payload) {
    }

    /** One audit row: {@code actor} is who acted (the applicant's ID number and source, or a system part). */
    public record AuditEntry(long seq, String receipt, String actor, String action, Instant at, String sha256,
                             String chain) {
    }

    /** A row waiting to be written; {@code written} and {@code failure} are set under the write lock. */
    private static final class Pending {
        final String receipt;
        final String actor;
        final String action;
        final String sha256;
        volatile boolean written;
        volatile RuntimeException failure;

        Pending(String receipt, String actor, String action, String sha256) {
            this.receipt = receipt;
            this.actor = actor;
            this.action = action;
            this.sha256 = sha256;
        }
    }
}
