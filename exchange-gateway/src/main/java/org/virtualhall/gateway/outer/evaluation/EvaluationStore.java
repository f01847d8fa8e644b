package org.virtualhall.gateway.outer.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** One review per case over every outer instance: the receipt is the table's key. */
@Repository
@Profile("outer")
class EvaluationStore {

    private final JdbcTemplate jdbc;

    EvaluationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the case has a review already */
    boolean claim(String receipt, String id, int grade, Instant at) {
        try {
            jdbc.update("INSERT INTO evaluation (receipt, evaluation_id, grade, created_at) VALUES (?, ?, ?, ?)",
                    receipt, id, grade, Timestamp.from(at));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Gives the claim back when the review could not be queued, so the citizen can send it again. */
    void release(String receipt, String id) {
        jdbc.update("DELETE FROM evaluation WHERE receipt = ? AND evaluation_id = ?", receipt, id);
    }
}
