package org.virtualhall.approval.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reviews (好差评) and their 整改, one per case (the database's unique key holds that for every instance). */
@Repository
public class ReviewRepository {

    private static final String SEPARATOR = "\n";

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Review r, LocalDate evaluatedOn, Instant receivedAt, String source) {
        jdbc.sql("INSERT INTO case_evaluations (id, case_id, receipt, grade, reasons, comment, department, window_no, staff, "
                        + "evaluated_at, evaluated_on, received_at, source, rectify_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), r.caseId(), r.receipt(), r.grade(), String.join(SEPARATOR, r.reasons()), r.comment(),
                        r.department(), r.windowNo(), r.staff(), utc(r.evaluatedAt()), evaluatedOn, utc(receivedAt), source,
                        r.rectifyBy())
                .update();
    }

    public Optional<Review> find(String id) {
        return jdbc.sql("SELECT * FROM case_evaluations WHERE id = ?").param(id).query(ReviewRepository::review).optional();
    }

    public Optional<Review> ofCase(long caseId) {
        return jdbc.sql("SELECT * FROM case_evaluations WHERE case_id = ?").param(caseId).query(ReviewRepository::review)
                .optional();
    }

    /** Bad reviews (整改 tasks), of one department or all (null), open ones first by deadline. */
    public List<Review> rectifications(String department, int limit) {
        return jdbc.sql("SELECT * FROM case_evaluations WHERE rectify_by IS NOT NULL"
                        + (department == null ? "" : " AND department = :department")
                        + " ORDER BY CASE WHEN replied_at IS NULL THEN 0 ELSE 1 END, rectify_by, id FETCH FIRST " + limit
                        + " ROWS ONLY")
                .paramSource(department == null ? java.util.Map.of() : java.util.Map.of("department", department))
                .query(ReviewRepository::review).list();
    }

    /** @return false when it was replied to already */
    boolean reply(String id, String reply, String by, Instant at) {
        return jdbc.sql("UPDATE case_evaluations SET reply = ?, replied_by = ?, replied_at = ? WHERE id = ? AND replied_at IS NULL")
                .params(reply, by, utc(at), id).update() == 1;
    }

    /** Bad reviews not replied to whose deadline has passed before {@code today}. */
    public long overdue(LocalDate today) {
        return jdbc.sql("SELECT COUNT(*) FROM case_evaluations WHERE rectify_by < ? AND replied_at IS NULL").param(today)
                .query(Long.class).single();
    }

    /** Satisfaction per subject of a dimension over the days {@code from} to {@code to}, both included. */
    List<Satisfaction> satisfaction(SatisfactionDimension dimension, LocalDate from, LocalDate to) {
        String column = dimension.column();
        return jdbc.sql("SELECT " + column + " AS subject, COUNT(*) AS n, SUM(grade) AS total, "
                        + "SUM(CASE WHEN grade >= 4 THEN 1 ELSE 0 END) AS good, SUM(CASE WHEN grade <= 2 THEN 1 ELSE 0 END) AS bad, "
                        + "SUM(CASE WHEN grade <= 2 AND replied_at IS NOT NULL THEN 1 ELSE 0 END) AS replied "
                        + "FROM case_evaluations WHERE evaluated_on BETWEEN ? AND ? AND " + column + " IS NOT NULL "
                        + "GROUP BY " + column + " ORDER BY " + column)
                .params(from, to)
                .query((rs, n) -> new Satisfaction(dimension, rs.getString("subject"), rs.getLong("n"), rs.getLong("total"),
                        rs.getLong("good"), rs.getLong("bad"), rs.getLong("replied")))
                .list();
    }

    /** Bad reviews given over the days {@code from} to {@code to}, oldest first. */
    List<Review> bad(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT * FROM case_evaluations WHERE evaluated_on BETWEEN ? AND ? AND rectify_by IS NOT NULL "
                        + "ORDER BY evaluated_at, id")
                .params(from, to).query(ReviewRepository::review).list();
    }

    private static Review review(ResultSet rs, int n) throws SQLException {
        String reasons = rs.getString("reasons");
        OffsetDateTime replied = rs.getObject("replied_at", OffsetDateTime.class);
        return new Review(rs.getString("id"), rs.getLong("case_id"), rs.getString("receipt"), rs.getInt("grade"),
                reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(SEPARATOR)), rs.getString("comment"),
                rs.getString("department"), rs.getString("window_no"), rs.getString("staff"),
                rs.getObject("evaluated_at", OffsetDateTime.class).toInstant(), rs.getObject("rectify_by", LocalDate.class),
                rs.getString("reply"), replied == null ? null : replied.toInstant(), rs.getString("replied_by"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
