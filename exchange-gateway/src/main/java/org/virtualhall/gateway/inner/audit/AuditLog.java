package org.virtualhall.gateway.inner.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.virtualhall.gateway.gap.bundle.Hmac;

/**
 * 内容审计: an append-only log of who did what to which receipt, when, with the SHA-256 of what was handled.
 * Each row also carries a chain hash over the previous row's, so a row changed or removed afterwards shows.
 * There is no update or delete here, by design.
 */
@Repository
@Profile("inner")
public class AuditLog {

    private final JdbcTemplate jdbc;
    private String lastChain;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public synchronized void append(String receipt, String actor, String action, byte[] payload) {
        if (lastChain == null) {
            lastChain = jdbc.query("SELECT chain FROM audit ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY",
                    rs -> rs.next() ? rs.getString(1) : "");
        }
        Instant at = Instant.now();
        String sha = Hmac.sha256(payload);
        String chain = Hmac.sha256((lastChain + "|" + receipt + "|" + actor + "|" + action + "|" + at + "|" + sha)
                .getBytes(StandardCharsets.UTF_8));
        jdbc.update("INSERT INTO audit (receipt, actor, action, at, sha256, chain) VALUES (?, ?, ?, ?, ?, ?)",
                receipt, actor, action, Timestamp.from(at), sha, chain);
        lastChain = chain;
    }

    public List<AuditEntry> byReceipt(String receipt) {
        return jdbc.query("SELECT seq, receipt, actor, action, at, sha256, chain FROM audit WHERE receipt = ? ORDER BY seq",
                (rs, n) -> new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7)), receipt);
    }

    /** One audit row: {@code actor} is who acted (the applicant's ID number and source, or a system part). */
    public record AuditEntry(long seq, String receipt, String actor, String action, Instant at, String sha256,
                             String chain) {
    }
}
