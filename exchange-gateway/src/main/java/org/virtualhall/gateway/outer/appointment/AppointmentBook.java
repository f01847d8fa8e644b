package org.virtualhall.gateway.outer.appointment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.virtualhall.model.appointment.AppointmentCapacity;
import org.virtualhall.model.appointment.AppointmentPlan;

/**
 * The booking ledger of 预约, shared by the outer instances on one database. A booking takes a place of its slot with
 * {@code UPDATE … SET booked = booked + 1 WHERE … AND booked < capacity}: the database locks the row, and a second
 * booking waiting for the lock sees the first one's count, so exactly as many bookings as places succeed, on H2 and
 * PostgreSQL alike, however many instances and threads press at once. The booking's row is written in the same
 * transaction, so a place is never taken without one. Before that, the booking locks the citizen's row of
 * {@code appointment_holder} the same way, so a citizen's bookings pressing at once are counted against the plan's
 * limits (open bookings per citizen, one per item and day) one after the other and cannot both slip under them.
 */
public class AppointmentBook {

    static final String BOOKED = "BOOKED";
    static final String CANCELLED = "CANCELLED";
    /** The hall's clock: a booking is open until its slot begins there. */
    static final ZoneId HALL_ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AppointmentPlan plan;

    public AppointmentBook(JdbcTemplate jdbc, PlatformTransactionManager transactions, AppointmentPlan plan) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.plan = plan;
    }

    /** Every slot of the day at the window with its places and what is left. */
    public List<Slot> slots(String window, LocalDate day) {
        Map<String, int[]> taken = new HashMap<>();
        jdbc.query("SELECT slot, capacity, booked FROM appointment_slot WHERE window_no = ? AND book_day = ?",
                rs -> {
                    taken.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                }, window, Date.valueOf(day));
        int capacity = capacity(window);
        return plan.slots().stream().map(t -> {
            int[] row = taken.get(t.toString());
            int places = row == null ? capacity : row[0];
            return new Slot(t, places, row == null ? places : Math.max(0, places - row[1]));
        }).toList();
    }

    /**
     * Takes a place for the citizen, or nothing when the slot is full.
     *
     * @return the booking, empty when no place is left
     * @throws LimitReached when the citizen holds as many open bookings as the plan allows, or one for the item that day
     */
    public Optional<Booked> book(String idNumber, String itemCode, String window, LocalDate day, LocalTime slot, Instant now) {
        int capacity = capacity(window);
        ensureSlot(window, day, slot, capacity);
        ensureHolder(idNumber, now);
        try {
            return take(idNumber, itemCode, window, day, slot, now);
        } catch (DataIntegrityViolationException full) {
            // the table's check (booked <= capacity) refused the place: the slot filled up meanwhile
            return Optional.empty();
        }
    }

    private Optional<Booked> take(String idNumber, String itemCode, String window, LocalDate day, LocalTime slot, Instant now) {
        return tx.execute(status -> {
            holdLimits(idNumber, itemCode, day, now);
            int got = jdbc.update("UPDATE appointment_slot SET booked = booked + 1 WHERE window_no = ? AND book_day = ? AND slot = ? "
                    + "AND booked < capacity", window, Date.valueOf(day), slot.toString());
            if (got == 0) {
                return Optional.<Booked>empty();
            }
            int place = jdbc.queryForObject("SELECT booked FROM appointment_slot WHERE window_no = ? AND book_day = ? AND slot = ?",
                    Integer.class, window, Date.valueOf(day), slot.toString());
            String id = "YY" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
            String number = window + "-" + slot.toString().replace(":", "") + "-" + place;
            jdbc.update("INSERT INTO appointment (id, number, id_number, item_code, window_no, book_day, slot, status, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, number, idNumber, itemCode, window, Date.valueOf(day),
                    slot.toString(), BOOKED, Timestamp.from(now));
            return Optional.of(new Booked(id, number, idNumber, itemCode, window, day, slot, BOOKED));
        });
    }

    /**
     * Locks the citizen's row until the booking commits, then counts their open bookings: those not cancelled whose slot
     * has not begun. Each count sees the bookings committed by the citizen's earlier ones, which waited for the lock.
     */
    private void holdLimits(String idNumber, String itemCode, LocalDate day, Instant now) {
        jdbc.update("UPDATE appointment_holder SET booking_at = ? WHERE id_number = ?", Timestamp.from(now), idNumber);
        LocalDateTime at = LocalDateTime.ofInstant(now, HALL_ZONE);
        String open = "SELECT COUNT(*) FROM appointment WHERE id_number = ? AND status = ? "
                + "AND (book_day > ? OR (book_day = ? AND slot > ?))";
        Object[] args = {idNumber, BOOKED, Date.valueOf(at.toLocalDate()), Date.valueOf(at.toLocalDate()),
            at.toLocalTime().toString().substring(0, 5)};
        if (jdbc.queryForObject(open + " AND item_code = ? AND book_day = ?", Integer.class, concat(args, itemCode, Date.valueOf(day)))
                > 0) {
            throw new LimitReached(true, 1);
        }
        if (jdbc.queryForObject(open, Integer.class, args) >= plan.openPerCitizen()) {
            throw new LimitReached(false, plan.openPerCitizen());
        }
    }

    private static Object[] concat(Object[] first, Object... more) {
        Object[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** Gives the place back. @return false when it is not the citizen's booking or not booked any more */
    public boolean cancel(String id, String idNumber) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            Optional<Booked> b = find(id).filter(x -> x.idNumber().equals(idNumber) && BOOKED.equals(x.status()));
            if (b.isEmpty() || jdbc.update("UPDATE appointment SET status = ? WHERE id = ? AND status = ?", CANCELLED, id, BOOKED) == 0) {
                return false;
            }
            jdbc.update("UPDATE appointment_slot SET booked = booked - 1 WHERE window_no = ? AND book_day = ? AND slot = ?",
                    b.get().window(), Date.valueOf(b.get().day()), b.get().slot().toString());
            return true;
        }));
    }

    public Optional<Booked> find(String id) {
        return jdbc.query("SELECT * FROM appointment WHERE id = ?", (rs, n) -> booked(rs), id).stream().findFirst();
    }

    /** The citizen's bookings from {@code from} on, soonest first. */
    public List<Booked> mine(String idNumber, LocalDate from) {
        return jdbc.query("SELECT * FROM appointment WHERE id_number = ? AND book_day >= ? ORDER BY book_day, slot, id",
                (rs, n) -> booked(rs), idNumber, Date.valueOf(from));
    }

    /** Places per slot at the window: as the back office set them, or the plan's default. */
    int capacity(String window) {
        return jdbc.queryForList("SELECT capacity FROM appointment_capacity WHERE window_no = ?", Integer.class, window)
                .stream().findFirst().orElse(plan.defaultCapacity());
    }

    /**
     * Sets a window's places per slot as published at {@code at}, for its slots from {@code from} on as well (a place
     * taken stays taken). A publication older than the one applied changes nothing.
     */
    public void setCapacity(String window, int capacity, LocalDate from, Instant at) {
        tx.executeWithoutResult(status -> {
            Timestamp published = Timestamp.from(at);
            int newer = jdbc.update("UPDATE appointment_capacity SET capacity = ?, published_at = ? WHERE window_no = ? "
                    + "AND published_at < ?", capacity, published, window, published);
            if (newer == 0) {
                if (jdbc.update("INSERT INTO appointment_capacity (window_no, capacity, published_at) SELECT ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM appointment_capacity WHERE window_no = ?)", window, capacity, published, window) == 0) {
                    return;
                }
            }
            jdbc.update("UPDATE appointment_slot SET capacity = CASE WHEN booked > ? THEN booked ELSE ? END "
                    + "WHERE window_no = ? AND book_day >= ?", capacity, capacity, window, Date.valueOf(from));
        });
    }

    /** Applies places published from inside, from today on. */
    public void publish(AppointmentCapacity published, LocalDate today) {
        for (AppointmentCapacity.Window w : published.windows()) {
            setCapacity(w.window(), w.capacity(), today, published.at());
        }
    }

    private void ensureSlot(String window, LocalDate day, LocalTime slot, int capacity) {
        try {
            jdbc.update("INSERT INTO appointment_slot (window_no, book_day, slot, capacity, booked) SELECT ?, ?, ?, ?, 0 "
                    + "WHERE NOT EXISTS (SELECT 1 FROM appointment_slot WHERE window_no = ? AND book_day = ? AND slot = ?)",
                    window, Date.valueOf(day), slot.toString(), capacity, window, Date.valueOf(day), slot.toString());
        } catch (DuplicateKeyException raced) {
            // another booking created the row at the same moment: it is there, which is all this wanted
        }
    }

    private void ensureHolder(String idNumber, Instant now) {
        try {
            jdbc.update("INSERT INTO appointment_holder (id_number, booking_at) SELECT ?, ? WHERE NOT EXISTS "
                    + "(SELECT 1 FROM appointment_holder WHERE id_number = ?)", idNumber, Timestamp.from(now), idNumber);
        } catch (DuplicateKeyException raced) {
            // the citizen's other booking created the row at the same moment: it is there to lock
        }
    }

    private static Booked booked(ResultSet rs) throws SQLException {
        return new Booked(rs.getString("id"), rs.getString("number"), rs.getString("id_number"), rs.getString("item_code"),
                rs.getString("window_no"), rs.getDate("book_day").toLocalDate(), LocalTime.parse(rs.getString("slot")),
                rs.getString("status"));
    }

    /** A slot of a day: when it starts, its places, and how many are left. */
    public record Slot(LocalTime start, int capacity, int left) {
    }

    /**
     * The citizen may not book more: they hold {@code limit} open bookings already, or ({@code sameItemAndDay}) one for
     * the item that day.
     */
    public static final class LimitReached extends RuntimeException {

        private final boolean sameItemAndDay;
        private final int limit;

        LimitReached(boolean sameItemAndDay, int limit) {
            super(sameItemAndDay ? "one open booking per item and day" : limit + " open bookings per citizen");
            this.sameItemAndDay = sameItemAndDay;
            this.limit = limit;
        }

        public boolean sameItemAndDay() {
            return sameItemAndDay;
        }

        public int limit() {
            return limit;
        }
    }

    /** A booking. */
    public record Booked(String id, String number, String idNumber, String itemCode, String window, LocalDate day,
                         LocalTime slot, String status) {
    }
}
