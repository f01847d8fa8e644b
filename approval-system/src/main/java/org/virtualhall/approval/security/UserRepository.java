package org.virtualhall.approval.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** Console accounts; passwords are stored as BCrypt hashes only. */
@Repository
public class UserRepository implements UserDetailsService {

    /** Stored instead of a hash until the account is issued a password; no password matches it. */
    static final String NO_PASSWORD = "!";

    private final JdbcClient jdbc;
    private final Clock clock;

    UserRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public ConsoleUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public Optional<ConsoleUser> find(String username) {
        return jdbc.sql("SELECT * FROM users WHERE username = ?").param(username).query(this::user).optional();
    }

    /** Every account, by username. */
    public List<ConsoleUser> all() {
        return jdbc.sql("SELECT * FROM users ORDER BY username").query(this::user).list();
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single() == 0;
    }

    /** Adds an account that must change its password at first login. */
    public void add(String username, String passwordHash, String display, Role role, String department, String windowNo) {
        jdbc.sql("INSERT INTO users (username, password, display, role, department, window_no, must_change)"
                        + " VALUES (?, ?, ?, ?, ?, ?, TRUE)")
                .params(username, passwordHash, display, role.name(), department, windowNo).update();
    }

    /** A member of staff's account takes their name, department and window as the staff list has them now. */
    void moveStaff(String badge, String display, String department, String windowNo) {
        jdbc.sql("UPDATE users SET display = ?, department = ?, window_no = ? WHERE username = ? AND role = ?")
                .params(display, department, windowNo, badge, Role.STAFF.name()).update();
    }

    /** @return whether there was such a staff account */
    boolean deleteStaff(String badge) {
        return jdbc.sql("DELETE FROM users WHERE username = ? AND role = ?").params(badge, Role.STAFF.name()).update() == 1;
    }

    /** Accounts not issued a password yet (seeded, or voided when the published default was retired). */
    List<String> withoutPassword() {
        return jdbc.sql("SELECT username FROM users WHERE password = ? ORDER BY username").param(NO_PASSWORD)
                .query(String.class).list();
    }

    /**
     * Stores issued passwords, each to be changed at first login, on the accounts that still have none. An
     * instance sharing the store that issued them first wins: its rows are locked until it commits, after
     * which they have a password and are left alone here.
     *
     * @return the accounts this call gave a password
     */
    Set<String> issue(Map<String, String> hashes) {
        Set<String> issued = new HashSet<>();
        hashes.forEach((username, hash) -> {
            if (jdbc.sql("UPDATE users SET password = ?, must_change = TRUE, failed_logins = 0, locked_until = NULL"
                    + " WHERE username = ? AND password = ?").params(hash, username, NO_PASSWORD).update() == 1) {
                issued.add(username);
            }
        });
        return issued;
    }

    /**
     * @param mustChange true for a password the user did not choose (initial, reset by the administrator)
     * @return whether the account exists
     */
    public boolean setPassword(String username, String hash, boolean mustChange) {
        return jdbc.sql("UPDATE users SET password = ?, must_change = ?, failed_logins = 0, locked_until = NULL"
                        + " WHERE username = ?")
                .params(hash, mustChange, username).update() == 1;
    }

    /** @return the failed logins in a row now, or empty for an unknown username */
    Optional<Integer> countFailure(String username) {
        if (jdbc.sql("UPDATE users SET failed_logins = failed_logins + 1 WHERE username = ?").param(username)
                .update() == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT failed_logins FROM users WHERE username = ?").param(username)
                .query(Integer.class).optional();
    }

    void lock(String username, Instant until) {
        jdbc.sql("UPDATE users SET locked_until = ?, failed_logins = 0 WHERE username = ?")
                .params(Timestamp.from(until), username).update();
    }

    void clearFailures(String username) {
        jdbc.sql("UPDATE users SET failed_logins = 0 WHERE username = ? AND failed_logins <> 0").param(username).update();
    }

    /** @return whether the account exists */
    public boolean unlock(String username) {
        return jdbc.sql("UPDATE users SET locked_until = NULL, failed_logins = 0 WHERE username = ?").param(username)
                .update() == 1;
    }

    private ConsoleUser user(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        Instant until = locked == null ? null : locked.toInstant();
        return new ConsoleUser(rs.getString("username"), rs.getString("password"), rs.getString("display"),
                Role.valueOf(rs.getString("role")), rs.getString("department"), rs.getString("window_no"),
                rs.getBoolean("must_change"), until, until != null && until.isAfter(clock.instant()));
    }
}
