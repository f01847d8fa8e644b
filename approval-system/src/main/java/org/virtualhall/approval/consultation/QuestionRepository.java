package org.virtualhall.approval.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Questions from outside, their answers and ratings. */
@Repository
public class QuestionRepository {

    private final JdbcClient jdbc;

    QuestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false for a question stored already */
    boolean add(String id, String idNumber, String itemCode, String department, String question, Instant at, LocalDate answerBy) {
        try {
            return jdbc.sql("INSERT INTO consultations (id, id_number, item_code, department, question, asked_at, answer_by) "
                            + "SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM consultations WHERE id = ?)")
                    .params(id, idNumber, itemCode, department, question, utc(at), answerBy, id).update() == 1;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    /** @return false when there is no such question or it has its rating already */
    boolean rate(String id, int rating) {
        return jdbc.sql("UPDATE consultations SET rating = ? WHERE id = ? AND rating IS NULL").params(rating, id).update() == 1;
    }

    Optional<Question> find(String id) {
        return jdbc.sql("SELECT * FROM consultations WHERE id = ?").param(id).query(QuestionRepository::question).optional();
    }

    /** A department's questions (null: all), open ones first by deadline. */
    List<Question> list(String department, int limit) {
        return jdbc.sql("SELECT * FROM consultations" + (department == null ? "" : " WHERE department = :department")
                        + " ORDER BY CASE WHEN answer IS NULL THEN 0 ELSE 1 END, answer_by, asked_at FETCH FIRST " + limit + " ROWS ONLY")
                .param("department", department).query(QuestionRepository::question).list();
    }

    /** @return false when it was answered already */
    boolean answer(String id, String answer, String by, Instant at) {
        return jdbc.sql("UPDATE consultations SET answer = ?, answered_by = ?, answered_at = ? WHERE id = ? AND answer IS NULL")
                .params(answer, by, utc(at), id).update() == 1;
    }

    /** Answers the inner gateway has not taken yet. */
    List<Question> unpushed(int limit) {
        return jdbc.sql("SELECT * FROM consultations WHERE answer IS NOT NULL AND pushed_at IS NULL ORDER BY answered_at "
                + "FETCH FIRST " + limit + " ROWS ONLY").query(QuestionRepository::question).list();
    }

    void pushed(List<String> ids, Instant at) {
        jdbc.sql("UPDATE consultations SET pushed_at = :at WHERE id IN (:ids)").param("at", utc(at)).param("ids", ids).update();
    }

    /** Questions not answered whose deadline has passed before {@code today}. */
    public long overdue(LocalDate today) {
        return jdbc.sql("SELECT COUNT(*) FROM consultations WHERE answer IS NULL AND answer_by < ?").param(today)
                .query(Long.class).single();
    }

    private static Question question(ResultSet rs, int n) throws SQLException {
        OffsetDateTime answered = rs.getObject("answered_at", OffsetDateTime.class);
        return new Question(rs.getString("id"), rs.getString("item_code"), rs.getString("department"), rs.getString("question"),
                rs.getObject("asked_at", OffsetDateTime.class).toInstant(), rs.getObject("answer_by", LocalDate.class),
                rs.getString("answer"), answered == null ? null : answered.toInstant(), rs.getString("answered_by"),
                (Integer) rs.getObject("rating"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
