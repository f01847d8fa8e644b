package org.virtualhall.gateway.outer.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.virtualhall.model.consultation.ConsultationAnswers;

/** The citizens' questions outside, with the answers from inside and the ratings. */
@Repository
@Profile("outer")
public class ConsultationStore {

    private final JdbcTemplate jdbc;

    ConsultationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(String id, String idNumber, String itemCode, String department, String question, Instant at) {
        jdbc.update("INSERT INTO consultation (id, id_number, item_code, department, question, asked_at) VALUES (?, ?, ?, ?, ?, ?)",
                id, idNumber, itemCode, department, question, Timestamp.from(at));
    }

    Optional<Asked> find(String id) {
        return jdbc.query("SELECT * FROM consultation WHERE id = ?", (rs, n) -> asked(rs), id).stream().findFirst();
    }

    List<Asked> mine(String idNumber) {
        return jdbc.query("SELECT * FROM consultation WHERE id_number = ? ORDER BY asked_at DESC, id FETCH FIRST 100 ROWS ONLY",
                (rs, n) -> asked(rs), idNumber);
    }

    /** @return false when it is not answered yet or was rated already */
    boolean rate(String id, int rating) {
        return jdbc.update("UPDATE consultation SET rating = ? WHERE id = ? AND answer IS NOT NULL AND rating IS NULL", rating, id) == 1;
    }

    /** Answers from inside; an answer already there is kept (a repeat changes nothing). */
    public void answered(ConsultationAnswers answers) {
        for (ConsultationAnswers.Answer a : answers.answers()) {
            jdbc.update("UPDATE consultation SET answer = ?, answered_at = ? WHERE id = ? AND answer IS NULL", a.answer(),
                    Timestamp.from(a.answeredAt()), a.id());
        }
    }

    private static Asked asked(ResultSet rs) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new Asked(rs.getString("id"), rs.getString("id_number"), rs.getString("item_code"), rs.getString("department"),
                rs.getString("question"), rs.getTimestamp("asked_at").toInstant(), rs.getString("answer"),
                answered == null ? null : answered.toInstant(), (Integer) rs.getObject("rating"));
    }

    /** A question as the citizen sees it. */
    record Asked(String id, String idNumber, String itemCode, String department, String question, Instant askedAt, String answer,
                 Instant answeredAt, Integer rating) {
    }
}
