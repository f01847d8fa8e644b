package org.virtualhall.approval.appointment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bookings from outside, by id; a repeat of the same booking or cancellation changes nothing. */
@Repository
class BookingRepository {

    private final JdbcClient jdbc;

    BookingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when this changed something (a new booking, or a booking now cancelled) */
    boolean apply(Booking b, Instant at) {
        if ("CANCELLED".equals(b.status())) {
            int changed = jdbc.sql("UPDATE appointments SET status = 'CANCELLED', changed_at = ? WHERE id = ? AND status = 'BOOKED'")
                    .params(utc(at), b.id()).update();
            return changed == 1 || insert(b, at);
        }
        return insert(b, at);
    }

    private boolean insert(Booking b, Instant at) {
        try {
            return jdbc.sql("INSERT INTO appointments (id, number, id_number, item_code, window_no, book_day, slot, status, booked_at, "
                            + "changed_at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM appointments WHERE id = ?)")
                    .params(b.id(), b.number(), b.idNumber(), b.itemCode(), b.windowNo(), b.day(), b.slot().toString(), b.status(),
                            utc(at), utc(at), b.id())
                    .update() == 1;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    /** A window's bookings of a day (null window: every window), by slot. */
    List<Booking> day(String window, LocalDate day) {
        return jdbc.sql("SELECT * FROM appointments WHERE book_day = :day" + (window == null ? "" : " AND window_no = :window")
                        + " ORDER BY window_no, slot, number")
                .param("day", day).param("window", window)
                .query(BookingRepository::booking).list();
    }

    /** 签到: @return false when it was not a booking of that window still open */
    boolean checkIn(String id, String window, String by, Instant at) {
        return jdbc.sql("UPDATE appointments SET checked_in_at = ?, checked_in_by = ? WHERE id = ? AND status = 'BOOKED' "
                        + "AND checked_in_at IS NULL" + (window == null ? "" : " AND window_no = ?"))
                .params(window == null ? List.of(utc(at), by, id) : List.of(utc(at), by, id, window)).update() == 1;
    }

    private static Booking booking(ResultSet rs, int n) throws SQLException {
        OffsetDateTime in = rs.getObject("checked_in_at", OffsetDateTime.class);
        return new Booking(rs.getString("id"), rs.getString("number"), rs.getString("id_number"), rs.getString("item_code"),
                rs.getString("window_no"), rs.getObject("book_day", LocalDate.class), LocalTime.parse(rs.getString("slot")),
                rs.getString("status"), in == null ? null : in.toInstant(), rs.getString("checked_in_by"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
