package org.virtualhall.gateway.outer.queue;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.virtualhall.model.queue.QueueCalls;

/**
 * 取号 outside: numbers per window and day from one counter row ({@code UPDATE … SET given = given + 1}, locked for
 * the transaction, so numbers are unique over the outer instances), and who is ahead of a ticket counted from the
 * window's last call as it came from inside.
 */
@Repository
@Profile("outer")
public class QueueLedger {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    QueueLedger(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Gives the citizen the window's next number of the day. */
    Ticket take(String window, LocalDate day, String idNumber, Instant now) {
        ensure(window, day);
        return tx.execute(status -> {
            jdbc.update("UPDATE queue_counter SET given = given + 1 WHERE window_no = ? AND queue_day = ?", window, Date.valueOf(day));
            int seq = jdbc.queryForObject("SELECT given FROM queue_counter WHERE window_no = ? AND queue_day = ?", Integer.class,
                    window, Date.valueOf(day));
            String id = "QH" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
            String number = window + "-" + String.format("%03d", seq);
            jdbc.update("INSERT INTO queue_ticket (id, window_no, queue_day, seq, number, id_number, taken_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, window, Date.valueOf(day), seq, number, idNumber, Timestamp.from(now));
            return new Ticket(id, window, day, seq, number, idNumber);
        });
    }

    Optional<Ticket> find(String id) {
        return jdbc.query("SELECT * FROM queue_ticket WHERE id = ?", (rs, n) -> new Ticket(rs.getString("id"),
                rs.getString("window_no"), rs.getDate("queue_day").toLocalDate(), rs.getInt("seq"), rs.getString("number"),
                rs.getString("id_number")), id).stream().findFirst();
    }

    /** The last number the window called that day (0 before the first call). */
    int called(String window, LocalDate day) {
        return jdbc.queryForList("SELECT called FROM queue_counter WHERE window_no = ? AND queue_day = ?", Integer.class,
                window, Date.valueOf(day)).stream().findFirst().orElse(0);
    }

    /** Tickets of the window and day still waiting before this one. */
    int ahead(Ticket t) {
        return Math.max(0, t.seq() - 1 - called(t.window(), t.day()));
    }

    /** Applies calls from inside; a call older than the one known changes nothing. */
    public void apply(QueueCalls calls) {
        for (QueueCalls.Call c : calls.calls()) {
            ensure(c.window(), c.day());
            jdbc.update("UPDATE queue_counter SET called = ? WHERE window_no = ? AND queue_day = ? AND called < ?", c.called(),
                    c.window(), Date.valueOf(c.day()), c.called());
        }
    }

    private void ensure(String window, LocalDate day) {
        try {
            jdbc.update("INSERT INTO queue_counter (window_no, queue_day, given, called) SELECT ?, ?, 0, 0 WHERE NOT EXISTS "
                    + "(SELECT 1 FROM queue_counter WHERE window_no = ? AND queue_day = ?)", window, Date.valueOf(day), window,
                    Date.valueOf(day));
        } catch (DuplicateKeyException raced) {
            // made by another ticket at the same moment
        }
    }

    /** A ticket: its number of the day at its window ({@code seq}) and as shown ({@code A03-017}). */
    record Ticket(String id, String window, LocalDate day, int seq, String number, String idNumber) {
    }
}
