package org.virtualhall.gateway.inner.load;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The persistent idempotent repository of the load step: which receipts the approval system has taken, and as which
 * case. A receipt that comes again (a bundle resent after a crash, a message redelivered) is answered from here —
 * its 已送达 event sent again — instead of being loaded a second time.
 */
@Repository
@Profile("inner")
public class LoadedReceipts {

    private final JdbcTemplate jdbc;

    LoadedReceipts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The receipts among these that were loaded, each with its case id (null when the approval system gave none). */
    public Map<String, String> caseIds(Collection<String> receipts) {
        if (receipts.isEmpty()) {
            return Map.of();
        }
        Map<String, String> found = new HashMap<>();
        jdbc.query("SELECT receipt, case_id FROM loaded_receipt WHERE receipt IN ("
                        + String.join(",", Collections.nCopies(receipts.size(), "?")) + ")",
                rs -> {
                    found.put(rs.getString(1), rs.getString(2));
                }, receipts.toArray());
        return found;
    }

    /** Records what the approval system took, in one batch; a receipt recorded already stays as it was. */
    public void record(List<ApprovalIntake.LoadResult> loaded) {
        if (loaded.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("INSERT INTO loaded_receipt (receipt, case_id, loaded_at) SELECT ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM loaded_receipt WHERE receipt = ?)",
                loaded.stream().map(r -> new Object[] {r.receipt(), r.caseId(), now, r.receipt()}).toList());
    }

    /** Forgets a receipt, so that an operator's replay loads it again. */
    public void forget(String receipt) {
        jdbc.update("DELETE FROM loaded_receipt WHERE receipt = ?", receipt);
    }
}
