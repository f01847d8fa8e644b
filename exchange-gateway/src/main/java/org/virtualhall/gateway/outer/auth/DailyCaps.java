package org.virtualhall.gateway.outer.auth;

import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Codes sent per day to each mobile and from each client address ({@code sms_sent}, one row per subject and day),
 * counted in the database that every outer instance shares. A send is counted only while under the cap, in one
 * statement, so concurrent requests never go beyond it.
 */
@Repository
@Profile("outer")
class DailyCaps {

    private final JdbcTemplate jdbc;

    DailyCaps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes sure the subject has its row for the day, outside any transaction. */
    void ensure(String subject, LocalDate day) {
        MissingRows.insert(jdbc, "INSERT INTO sms_sent (subject, sent_on, sent) SELECT ?, ?, 0 "
                + "WHERE NOT EXISTS (SELECT 1 FROM sms_sent WHERE subject = ? AND sent_on = ?)", subject, day, subject, day);
    }

    /** Counts one more send unless {@code cap} were counted already; whether it did. */
    boolean take(String subject, LocalDate day, int cap) {
        return jdbc.update("UPDATE sms_sent SET sent = sent + 1 WHERE subject = ? AND sent_on = ? AND sent < ?",
                subject, day, cap) == 1;
    }

    /** Uncounts a send that did not happen. */
    void giveBack(String subject, LocalDate day) {
        jdbc.update("UPDATE sms_sent SET sent = sent - 1 WHERE subject = ? AND sent_on = ? AND sent > 0", subject, day);
    }
}
