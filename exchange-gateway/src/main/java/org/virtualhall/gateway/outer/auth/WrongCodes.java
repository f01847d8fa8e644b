package org.virtualhall.gateway.outer.auth;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Tries at a mobile's code since its last right one, and the lock that too many wrong ones lead to
 * ({@code sms_guard}). A try is taken before the code is looked at, in one conditional statement, so however many
 * guesses arrive at once on however many instances, no more than the allowed number are ever checked.
 */
@Repository
@Profile("outer")
class WrongCodes {

    private final JdbcTemplate jdbc;

    WrongCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes sure the mobile has its row, outside any transaction. */
    void ensure(String mobile) {
        MissingRows.insert(jdbc, "INSERT INTO sms_guard (mobile, tries) SELECT ?, 0 WHERE NOT EXISTS "
                + "(SELECT 1 FROM sms_guard WHERE mobile = ?)", mobile, mobile);
    }

    /**
     * Takes one of the {@code max} tries; empty when it did, otherwise when the mobile's lock ends. A lock that has
     * ended gives all tries back; when the last try is taken by others meanwhile, the mobile is locked now.
     */
    Optional<Instant> take(String mobile, Instant now, int max, Instant lockEnd) {
        Optional<Instant> locked = lockedUntil(mobile);
        if (locked.isPresent() && locked.get().isAfter(now)) {
            return locked;
        }
        if (locked.isPresent()) {
            jdbc.update("UPDATE sms_guard SET tries = 0, locked_until = NULL WHERE mobile = ? AND locked_until = ?",
                    mobile, Timestamp.from(locked.get()));
        }
        if (jdbc.update("UPDATE sms_guard SET tries = tries + 1 WHERE mobile = ? AND tries < ? AND locked_until IS NULL",
                mobile, max) == 1) {
            return Optional.empty();
        }
        lock(mobile, lockEnd);
        return lockedUntil(mobile);
    }

    /** The code was right: every try is given back. */
    void right(String mobile) {
        jdbc.update("UPDATE sms_guard SET tries = 0 WHERE mobile = ?", mobile);
    }

    /** The code was the right one but too late: no guess, its try is given back. */
    void late(String mobile) {
        jdbc.update("UPDATE sms_guard SET tries = tries - 1 WHERE mobile = ? AND tries > 0 AND locked_until IS NULL", mobile);
    }

    /** The code was wrong: how many tries are left, after locking the mobile if none are. */
    int wrong(String mobile, int max, Instant lockEnd) {
        int tries = jdbc.queryForObject("SELECT tries FROM sms_guard WHERE mobile = ?", Integer.class, mobile);
        if (tries >= max) {
            lock(mobile, lockEnd);
        }
        return Math.max(0, max - tries);
    }

    private void lock(String mobile, Instant until) {
        jdbc.update("UPDATE sms_guard SET locked_until = ? WHERE mobile = ? AND locked_until IS NULL",
                Timestamp.from(until), mobile);
    }

    private Optional<Instant> lockedUntil(String mobile) {
        return jdbc.query("SELECT locked_until FROM sms_guard WHERE mobile = ?", (rs, n) -> rs.getTimestamp(1), mobile)
                .stream().filter(Objects::nonNull).findFirst().map(Timestamp::toInstant);
    }
}
