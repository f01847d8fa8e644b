package org.virtualhall.gateway.outer.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.virtualhall.gateway.feedback.OutboundEvent;
import org.virtualhall.model.submission.Submission;
import org.virtualhall.model.submission.SubmissionStatus;

/**
 * What the outer side knows of each submission: who it belongs to and every event that came back. The status is
 * worked out when asked, as the one of the latest event by time, so events arriving out of order still end in the
 * right state; an event of the case itself always outranks one of its transport ({@link SubmissionStatus#inTransit()}),
 * whose time comes from another clock. A submission without events stands at 已申报 (ACCEPTED).
 * <p>Writing is what this store does most (a row per submission, a row per event), and on random receipts each row
 * written costs a page of its index at the next store, so nothing is written that can be read off what is there: the
 * 已申报 event comes from the submission row, the status from the events.
 */
@Repository
@Profile("outer")
public class TimelineStore {

    /** The latest event of the receipt {@code s.receipt}, case events before transport events. */
    private static final String CURRENT_STATUS = "SELECT e.status FROM submission_event e WHERE e.receipt = s.receipt "
            + "AND e.status IS NOT NULL ORDER BY "
            + "CASE WHEN e.status IN (" + Arrays.stream(SubmissionStatus.values()).filter(SubmissionStatus::inTransit)
                    .map(st -> "'" + st.name() + "'").collect(Collectors.joining(", ")) + ") THEN 0 ELSE 1 END DESC, "
            + "e.at DESC, e.seq DESC FETCH FIRST 1 ROWS ONLY";
    private static final String ACCEPTED_STEP = "已申报";
    private static final String ACCEPTED_NOTE = "外网检查通过（身份认证、格式过滤、内容检查），已进入交换队列";
    /**
     * The 已申报 event from the submission row, then the events that came back. A database from before kept the
     * 已申报 event as a row ({@code accepted-RECEIPT}); it is not shown twice.
     */
    private static final String TIMELINE = "SELECT s.created_at AS at, '" + SubmissionStatus.ACCEPTED.name() + "' AS status, '"
            + ACCEPTED_STEP + "' AS step, '" + ACCEPTED_NOTE + "' AS note, 0 AS ord, 0 AS seq FROM submission s "
            + "WHERE s.receipt = ? AND NOT EXISTS (SELECT 1 FROM submission_event e WHERE e.receipt = s.receipt "
            + "AND e.event_id = CONCAT('accepted-', s.receipt)) "
            + "UNION ALL SELECT at, status, step, note, 1 AS ord, seq FROM submission_event WHERE receipt = ? "
            + "ORDER BY at, ord, seq";

    private final JdbcTemplate jdbc;

    TimelineStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records submissions just accepted in one transaction. A receipt recorded already stays as it was: a repeat
     * queued again under its reserved receipt may meet the attempt before it, whose commit was only slow.
     */
    @Transactional
    public void accepted(List<Submission> accepted) {
        jdbc.batchUpdate("INSERT INTO submission (receipt, item_code, id_number, created_at) SELECT ?, ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM submission WHERE receipt = ?)",
                accepted.stream().map(s -> new Object[] {s.receipt(), s.itemCode(), s.applicant().idNumber(),
                        Timestamp.from(s.submittedAt()), s.receipt()}).toList());
    }

    /**
     * Records the events of one bundle in one batch. The event id is unique per receipt, so a repeat of an event —
     * a bundle resent, the same event sent again — changes nothing: this table is the feedback channel's idempotent
     * repository.
     *
     * @return how many of the events were there already
     */
    @Transactional
    public int applyAll(List<OutboundEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        int[] inserted = jdbc.batchUpdate("INSERT INTO submission_event (event_id, receipt, at, status, step, note, actor) "
                        + "SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM submission_event WHERE receipt = ? AND event_id = ?)",
                events.stream().map(TimelineStore::eventRow).toList());
        // a driver that cannot tell (SUCCESS_NO_INFO) counts no repeat
        return (int) Arrays.stream(inserted).filter(n -> n == 0).count();
    }

    /** Applies one event from inside. */
    @Transactional
    public void apply(OutboundEvent event) {
        applyAll(List.of(event));
    }

    public Optional<Owned> owner(String receipt) {
        return jdbc.query("SELECT s.id_number, s.item_code, COALESCE((" + CURRENT_STATUS + "), '"
                        + SubmissionStatus.ACCEPTED.name() + "') FROM submission s WHERE s.receipt = ?",
                (rs, n) -> new Owned(rs.getString(1), rs.getString(2), rs.getString(3)), receipt).stream().findFirst();
    }

    /** How many submissions the applicant (ID number) has made. */
    public long count(String idNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE id_number = ?", Long.class, idNumber);
    }

    /** A page of the applicant's submissions, newest first, each with its status and last event. */
    public List<Listed> page(String idNumber, int page, int size) {
        List<Listed> rows = jdbc.query("SELECT s.receipt, s.item_code, s.created_at, COALESCE((" + CURRENT_STATUS + "), '"
                        + SubmissionStatus.ACCEPTED.name() + "') FROM submission s WHERE s.id_number = ? "
                        + "ORDER BY s.created_at DESC, s.receipt DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                (rs, n) -> new Listed(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4), null),
                idNumber, (long) page * size, size);
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, Timeline.Event> last = new HashMap<>();
        jdbc.query("SELECT receipt, at, status, step, note FROM submission_event WHERE receipt IN ("
                        + String.join(", ", Collections.nCopies(rows.size(), "?")) + ") ORDER BY at, seq",
                rs -> {
                    last.put(rs.getString(1), new Timeline.Event(rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }, rows.stream().map(Listed::receipt).toArray());
        return rows.stream().map(r -> new Listed(r.receipt(), r.itemCode(), r.submittedAt(), r.status(),
                last.getOrDefault(r.receipt(), accepted(r.submittedAt())))).toList();
    }

    private static Timeline.Event accepted(Instant at) {
        return new Timeline.Event(at, SubmissionStatus.ACCEPTED.name(), ACCEPTED_STEP, ACCEPTED_NOTE);
    }

    public List<Timeline.Event> events(String receipt) {
        return jdbc.query(TIMELINE, (rs, n) -> new Timeline.Event(rs.getTimestamp(1).toInstant(), rs.getString(2),
                rs.getString(3), rs.getString(4)), receipt, receipt);
    }

    private static Object[] eventRow(OutboundEvent e) {
        Instant at = e.at() == null ? Instant.now() : e.at();
        return new Object[] {e.id(), e.receipt(), Timestamp.from(at), e.status() == null ? null : e.status().name(),
                e.step(), e.note(), e.actor(), e.receipt(), e.id()};
    }

    /** The submission's owner (ID number), item and status. */
    public record Owned(String idNumber, String itemCode, String status) {
    }

    /** One of an applicant's submissions: its status, and its latest event (已申报 while nothing came back). */
    public record Listed(String receipt, String itemCode, Instant submittedAt, String status, Timeline.Event lastEvent) {
    }
}
