package org.virtualhall.approval.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Supplements (补正材料) of cases; their materials are case materials marked with the supplement's id. */
@Repository
public class SupplementRepository {

    private final JdbcClient jdbc;

    SupplementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new supplement; a taken id raises DuplicateKeyException. */
    public void insert(String id, long caseId, Instant submittedAt, Instant receivedAt, String note, String source) {
        jdbc.sql("INSERT INTO case_supplements (id, case_id, submitted_at, received_at, note, source) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, caseId, CaseRepository.utc(submittedAt), CaseRepository.utc(receivedAt), note, source)
                .update();
    }

    public void addMaterial(long caseId, String supplementId, String name, String contentType, long size, String sha256,
                            byte[] content) {
        jdbc.sql("INSERT INTO case_materials (case_id, supplement_id, name, content_type, size_bytes, sha256, content) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, supplementId, name, contentType, size, sha256, content).update();
    }

    /** The case a supplement id was stored for. */
    public Optional<Long> caseOf(String supplementId) {
        return jdbc.sql("SELECT case_id FROM case_supplements WHERE id = ?").param(supplementId).query(Long.class).optional();
    }

    /** The case's supplements, oldest first, each with its materials. */
    public List<CaseSupplement> of(long caseId) {
        Map<String, List<CaseMaterial>> materials = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name, content_type, size_bytes, sha256, supplement_id FROM case_materials "
                        + "WHERE case_id = ? AND supplement_id IS NOT NULL ORDER BY id")
                .param(caseId)
                .query(rs -> {
                    materials.computeIfAbsent(rs.getString(6), k -> new ArrayList<>()).add(new CaseMaterial(rs.getLong(1),
                            rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)));
                });
        return jdbc.sql("SELECT * FROM case_supplements WHERE case_id = ? ORDER BY received_at, id").param(caseId)
                .query((rs, n) -> new CaseSupplement(rs.getString("id"), rs.getLong("case_id"),
                        CaseRepository.instant(rs, "submitted_at"), CaseRepository.instant(rs, "received_at"),
                        rs.getString("note"), rs.getString("source"),
                        List.copyOf(materials.getOrDefault(rs.getString("id"), List.of()))))
                .list();
    }
}
