package org.virtualhall.approval.supervision;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.virtualhall.approval.cases.CaseRecord;

/**
 * The running 电子监察 figures per department, window and member of staff, updated in the transaction of
 * the step that changes them, so the dashboard reads a few hundred rows, never every case.
 */
@Repository
public class SupervisionStats {

    /** What a step adds to the figures of its department, window and staff. */
    record Delta(long completed, long onTime, long minutes, long ratingSum, long ratingCount, long violations) {
    }

    private final JdbcClient jdbc;

    SupervisionStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void completed(CaseRecord c) {
        long minutes = Duration.between(c.receivedAt(), c.completedAt()).toMinutes();
        add(c, new Delta(1, Boolean.TRUE.equals(c.onTime()) ? 1 : 0, minutes, 0, 0, 0));
    }

    public void rated(CaseRecord c, int rating) {
        add(c, new Delta(0, 0, 0, rating, 1, 0));
    }

    /** An approval without a verification step (未经核验即批准). */
    public void violation(CaseRecord c) {
        add(c, new Delta(0, 0, 0, 0, 0, 1));
    }

    void add(CaseRecord c, Delta d) {
        List<String[]> subjects = new ArrayList<>();
        subjects.add(new String[] {Dimension.DEPARTMENT.key(), c.department()});
        subjects.add(new String[] {Dimension.WINDOW.key(), c.windowNo()});
        if (c.handledBy() != null) {
            subjects.add(new String[] {Dimension.STAFF.key(), c.handledBy()});
        }
        for (String[] s : subjects) {
            jdbc.sql("INSERT INTO supervision_stats (dimension, subject) SELECT ?, ? WHERE NOT EXISTS "
                            + "(SELECT 1 FROM supervision_stats WHERE dimension = ? AND subject = ?)")
                    .params(s[0], s[1], s[0], s[1]).update();
            jdbc.sql("UPDATE supervision_stats SET completed = completed + ?, on_time = on_time + ?, "
                            + "handling_minutes = handling_minutes + ?, rating_sum = rating_sum + ?, "
                            + "rating_count = rating_count + ?, violations = violations + ? WHERE dimension = ? AND subject = ?")
                    .params(d.completed(), d.onTime(), d.minutes(), d.ratingSum(), d.ratingCount(), d.violations(),
                            s[0], s[1])
                    .update();
        }
    }
}
