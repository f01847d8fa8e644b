package org.virtualhall.gateway.quarantine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Quarantined things and their reasons, in this side's database. */
@Repository
@Profile({"outer", "inner"})
public class QuarantineStore {

    private static final Logger LOG = LoggerFactory.getLogger(QuarantineStore.class);
    private static final String COLUMNS = "id, kind, receipt, reason, at, replayed_at, payload";

    private final JdbcTemplate jdbc;

    QuarantineStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void keep(String kind, String receipt, String reason, String payload) {
        jdbc.update("INSERT INTO quarantine (kind, receipt, reason, at, payload) VALUES (?, ?, ?, ?, ?)",
                kind, receipt, abbreviate(reason), Timestamp.from(Instant.now()), payload);
        LOG.warn("quarantined {} {}: {}", kind, receipt == null ? "" : receipt, reason);
    }

    public List<QuarantineEntry> recent(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM quarantine ORDER BY id DESC FETCH FIRST ? ROWS ONLY",
                (rs, n) -> map(rs).summary(), limit);
    }

    public Optional<QuarantineEntry> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM quarantine WHERE id = ?", (rs, n) -> map(rs), id)
                .stream().findFirst();
    }

    public long count() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM quarantine", Long.class);
        return n == null ? 0 : n;
    }

    public long countByReceipt(String receipt) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM quarantine WHERE receipt = ?", Long.class, receipt);
        return n == null ? 0 : n;
    }

    void markReplayed(long id) {
        jdbc.update("UPDATE quarantine SET replayed_at = ? WHERE id = ?", Timestamp.from(Instant.now()), id);
    }

    private static QuarantineEntry map(ResultSet rs) throws SQLException {
        Timestamp replayed = rs.getTimestamp("replayed_at");
        return new QuarantineEntry(rs.getLong("id"), rs.getString("kind"), rs.getString("receipt"),
                rs.getString("reason"), rs.getTimestamp("at").toInstant(),
                replayed == null ? null : replayed.toInstant(), rs.getString("payload"));
    }

    private static String abbreviate(String reason) {
        String r = reason == null ? "unknown" : reason;
        return r.length() > 1000 ? r.substring(0, 997) + "..." : r;
    }
}
