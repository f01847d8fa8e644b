package org.virtualhall.approval.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.virtualhall.model.json.HallJson;

/** Events not yet taken by the gateway. Written in the same transaction as the step they record. */
@Repository
public class OutboxRepository {

    /** A waiting event with its delivery attempts so far. */
    record Pending(FeedbackEvent event, int attempts) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    OutboxRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Queues events in one JDBC batch, each due at once. */
    public void addAll(List<FeedbackEvent> events) {
        batches.batchUpdate("INSERT INTO outbox (event_id, payload, created_at, next_attempt) VALUES (?, ?, ?, ?)",
                events.stream().map(e -> {
                    OffsetDateTime at = e.at().atOffset(ZoneOffset.UTC);
                    return new Object[] {e.id(), json(e), at, at};
                }).toList());
    }

    List<Pending> due(Instant now, int limit) {
        return jdbc.sql("SELECT payload, attempts FROM outbox WHERE next_attempt <= ? ORDER BY created_at, event_id "
                        + "FETCH FIRST " + limit + " ROWS ONLY")
                .param(now.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Pending(read(rs.getString(1)), rs.getInt(2)))
                .list();
    }

    void delivered(List<String> ids) {
        jdbc.sql("DELETE FROM outbox WHERE event_id IN (:ids)").param("ids", ids).update();
    }

    void failed(String id, Instant nextAttempt, String error) {
        jdbc.sql("UPDATE outbox SET attempts = attempts + 1, next_attempt = ?, last_error = ? WHERE event_id = ?")
                .params(nextAttempt.atOffset(ZoneOffset.UTC), error.length() > 1000 ? error.substring(0, 1000) : error, id)
                .update();
    }

    public long size() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single();
    }

    private static String json(FeedbackEvent event) {
        try {
            return HallJson.wire().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FeedbackEvent read(String payload) {
        try {
            return HallJson.wire().readValue(payload, FeedbackEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox entry is not valid JSON: " + e.getMessage(), e);
        }
    }
}
