package org.virtualhall.approval.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.virtualhall.approval.cases.CaseState;

/** The dashboard's reads. Each touches an index range or the small stats table, never every case. */
@Repository
class SupervisionQueries {

    /** Counts of running cases by warning light. */
    record Lights(long running, long yellow, long red) {
    }

    /** Raw figures of one subject as stored. */
    record Row(String dimension, String subject, long completed, long onTime, long minutes, long ratingSum,
               long ratingCount, long violations) {
    }

    private static final String RUNNING = Arrays.stream(CaseState.values()).filter(CaseState::clockRuns)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    private static final String FLAGGED = "SELECT id, receipt, item_code, department, window_no, state, deadline FROM cases ";

    private final JdbcClient jdbc;

    SupervisionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Running, yellow and red counts in one pass over the running cases (the index holds all three columns). */
    Lights lights(LocalDate day) {
        return jdbc.sql("SELECT COUNT(*), SUM(CASE WHEN warn_on <= ? AND deadline >= ? THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN deadline < ? THEN 1 ELSE 0 END) FROM cases WHERE state IN " + RUNNING)
                .params(day, day, day)
                .query((rs, n) -> new Lights(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    long paused() {
        return jdbc.sql("SELECT COUNT(*) FROM cases WHERE state = 'CORRECTION'").query(Long.class).single();
    }

    List<Row> rows() {
        return jdbc.sql("SELECT * FROM supervision_stats ORDER BY dimension, subject")
                .query((rs, n) -> new Row(rs.getString("dimension"), rs.getString("subject"), rs.getLong("completed"),
                        rs.getLong("on_time"), rs.getLong("handling_minutes"), rs.getLong("rating_sum"),
                        rs.getLong("rating_count"), rs.getLong("violations")))
                .list();
    }

    List<Overview.Flagged> overdue(LocalDate day, int limit) {
        return jdbc.sql(FLAGGED + "WHERE state IN " + RUNNING + " AND deadline < ? ORDER BY deadline FETCH FIRST "
                + limit + " ROWS ONLY").param(day).query(SupervisionQueries::flagged).list();
    }

    List<Overview.Flagged> unverifiedApprovals(int limit) {
        return jdbc.sql(FLAGGED + "WHERE unverified_approval = TRUE ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .query(SupervisionQueries::flagged).list();
    }

    private static Overview.Flagged flagged(ResultSet rs, int n) throws SQLException {
        return new Overview.Flagged(rs.getLong("id"), rs.getString("receipt"), rs.getString("item_code"),
                rs.getString("department"), rs.getString("window_no"), CaseState.valueOf(rs.getString("state")).label(),
                rs.getObject("deadline", LocalDate.class));
    }
}
