package org.virtualhall.approval.queue;

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
import org.springframework.transaction.annotation.Transactional;

/** Queue tickets from outside and their calls. */
@Repository
public class TicketRepository {

    private final JdbcClient jdbc;

    TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false for a ticket stored already */
    boolean add(String id, String window, LocalDate day, int seq, String number, String idNumber, Instant takenAt) {
        try {
            return jdbc.sql("INSERT INTO queue_tickets (id, window_no, queue_day, seq, number, id_number, taken_at) "
                            + "SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM queue_tickets WHERE id = ?)")
                    .params(id, window, day, seq, number, idNumber, utc(takenAt), id).update() == 1;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    /** The window's tickets of the day, in order. */
    List<Ticket> day(String window, LocalDate day) {
        return jdbc.sql("SELECT * FROM queue_tickets WHERE window_no = ? AND queue_day = ? ORDER BY seq")
                .params(window, day).query(TicketRepository::ticket).list();
    }

    /**
     * 叫号: calls the window's next ticket waiting that day (the lowest number not yet called), row-locked so two clerks
     * at one window never call the same ticket.
     */
    @Transactional
    public Optional<Ticket> callNext(String window, LocalDate day, String by, Instant at) {
        Optional<Ticket> next = jdbc.sql("SELECT * FROM queue_tickets WHERE window_no = ? AND queue_day = ? AND called_at IS NULL "
                        + "ORDER BY seq FETCH FIRST 1 ROWS ONLY FOR UPDATE")
                .params(window, day).query(TicketRepository::ticket).optional();
        next.ifPresent(t -> jdbc.sql("UPDATE queue_tickets SET called_at = ?, called_by = ? WHERE id = ?")
                .params(utc(at), by, t.id()).update());
        return next;
    }

    /** Per window, the highest number called on the day. */
    List<Called> called(LocalDate day) {
        return jdbc.sql("SELECT window_no, MAX(seq) FROM queue_tickets WHERE queue_day = ? AND called_at IS NOT NULL "
                        + "GROUP BY window_no ORDER BY window_no")
                .param(day).query((rs, n) -> new Called(rs.getString(1), rs.getInt(2))).list();
    }

    /** A window's last call. */
    record Called(String window, int seq) {
    }

    private static Ticket ticket(ResultSet rs, int n) throws SQLException {
        OffsetDateTime called = rs.getObject("called_at", OffsetDateTime.class);
        return new Ticket(rs.getString("id"), rs.getString("window_no"), rs.getObject("queue_day", LocalDate.class),
                rs.getInt("seq"), rs.getString("number"), rs.getObject("taken_at", OffsetDateTime.class).toInstant(),
                called == null ? null : called.toInstant(), rs.getString("called_by"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
