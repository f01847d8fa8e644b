package org.virtualhall.gateway.outer.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.virtualhall.gateway.feedback.OutboundEvent;
import org.virtualhall.model.submission.Submission;
import org.virtualhall.model.submission.SubmissionStatus;

/**
 * What the outer side knows of each submission: who it belongs to and every event that came back. The status
 * is the one of the latest event by time, so events arriving out of order still end in the right state; an
 * event of the case itself always outranks one of its transport ({@link SubmissionStatus#inTransit()}), whose
 * time comes from another clock.
 */
@Repository
@Profile("outer")
public class TimelineStore {

    /** The latest event of a receipt, case events before transport events. */
    private static final String CURRENT_STATUS = "SELECT e.status FROM submission_event e WHERE e.receipt = ? "
            + "AND e.status IS NOT NULL ORDER BY "
            + "CASE WHEN e.status IN (" + Arrays.stream(SubmissionStatus.values()).filter(SubmissionStatus::inTransit)
                    .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + ") THEN 0 ELSE 1 END DESC, "
            + "e.at DESC, e.seq DESC FETCH FIRST 1 ROWS ONLY";

    private final JdbcTemplate jdbc;
    private final boolean h2;

    TimelineStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        String url = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getURL());
        this.h2 = url != null && url.startsWith("jdbc:h2:");
    }

    /** Records submissions just accepted, with their first event, in one transaction (the group commit's). */
    @Transactional
    public void accepted(List<Submission> accepted) {
        jdbc.batchUpdate("INSERT INTO submission (receipt, item_code, id_number, status, created_at) VALUES (?, ?, ?, ?, ?)",
                accepted.stream().map(s -> new Object[] {s.receipt(), s.itemCode(), s.applicant().idNumber(),
                        SubmissionStatus.ACCEPTED.name(), Timestamp.from(s.submittedAt())}).toList());
        jdbc.batchUpdate("INSERT INTO submission_event (event_id, receipt, at, status, step, note, actor) VALUES (?, ?, ?, ?, ?, ?, ?)",
                accepted.stream().map(s -> new Object[] {"accepted-" + s.receipt(), s.receipt(),
                        Timestamp.from(s.submittedAt()), SubmissionStatus.ACCEPTED.name(), "已申报",
                        "外网检查通过（身份认证、格式过滤、内容检查），已进入交换队列", "outer-gateway"}).toList());
    }

    /**
     * Makes committed rows survive a kill of the process. H2 writes its commits to the file in the background up
     * to half a second later, and a 202 must not promise what that half second could lose; PostgreSQL's commit
     * is already durable.
     */
    public void persist() {
        if (h2) {
            jdbc.execute("CHECKPOINT");
        }
    }

    /**
     * Applies the events of one bundle in one transaction: the new ones recorded in one batch, then each receipt that
     * got one takes the status its events now say. A repeat of an event id changes nothing, nor does a notice (no
     * status).
     */
    @Transactional
    public void applyAll(List<OutboundEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        int[] inserted = jdbc.batchUpdate("INSERT INTO submission_event (event_id, receipt, at, status, step, note, actor) "
                        + "SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM submission_event WHERE receipt = ? AND event_id = ?)",
                events.stream().map(TimelineStore::eventRow).toList());
        Set<String> changed = new LinkedHashSet<>();
        for (int i = 0; i < events.size(); i++) {
            // a driver that cannot tell (SUCCESS_NO_INFO) may have inserted it: the status is recomputed either way
            if (inserted[i] != 0 && events.get(i).status() != null) {
                changed.add(events.get(i).receipt());
            }
        }
        jdbc.batchUpdate("UPDATE submission SET status = (" + CURRENT_STATUS + ") WHERE receipt = ?",
                changed.stream().map(r -> new Object[] {r, r}).toList());
    }

    /** Applies one event from inside. */
    @Transactional
    public void apply(OutboundEvent event) {
        applyAll(List.of(event));
    }

    public Optional<Owned> owner(String receipt) {
        return jdbc.query("SELECT id_number, item_code, status FROM submission WHERE receipt = ?",
                (rs, n) -> new Owned(rs.getString(1), rs.getString(2), rs.getString(3)), receipt).stream().findFirst();
    }

    public List<Timeline.Event> events(String receipt) {
        return jdbc.query("SELECT at, status, step, note FROM submission_event WHERE receipt = ? ORDER BY at, seq",
                (rs, n) -> new Timeline.Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4)), receipt);
    }

    public long countWithStatus(SubmissionStatus status) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE status = ?", Long.class, status.name());
        return n == null ? 0 : n;
    }

    private static Object[] eventRow(OutboundEvent e) {
        Instant at = e.at() == null ? Instant.now() : e.at();
        return new Object[] {e.id(), e.receipt(), Timestamp.from(at), e.status() == null ? null : e.status().name(),
                e.step(), e.note(), e.actor(), e.receipt(), e.id()};
    }

    /** The submission's owner (ID number), item and status. */
    public record Owned(String idNumber, String itemCode, String status) {
    }
}
