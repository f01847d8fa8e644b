package org.virtualhall.approval.cases;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 联办件 sign-offs: one per assisting department, given in parallel (并联审批). */
@Repository
public class SignoffRepository {

    /** An assisting department's answer; {@code agreed} is null until it has signed. */
    public record Signoff(String department, Boolean agreed, String actor, Instant at, String note) {

        public boolean pending() {
            return agreed == null;
        }
    }

    private final JdbcClient jdbc;

    SignoffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void open(long caseId, List<String> departments) {
        departments.forEach(d -> jdbc.sql("INSERT INTO case_signoffs (case_id, department) VALUES (?, ?)")
                .params(caseId, d).update());
    }

    /** Records a department's answer; false when it had already signed or is not part of the case. */
    public boolean sign(long caseId, String department, boolean agreed, String actor, Instant at, String note) {
        return jdbc.sql("UPDATE case_signoffs SET agreed = ?, actor = ?, at = ?, note = ? "
                        + "WHERE case_id = ? AND department = ? AND agreed IS NULL")
                .params(agreed, actor, CaseRepository.utc(at), note, caseId, department).update() == 1;
    }

    public List<Signoff> of(long caseId) {
        return jdbc.sql("SELECT * FROM case_signoffs WHERE case_id = ? ORDER BY department").param(caseId)
                .query((rs, n) -> new Signoff(rs.getString("department"), (Boolean) rs.getObject("agreed"),
                        rs.getString("actor"), CaseRepository.instant(rs, "at"), rs.getString("note")))
                .list();
    }
}
