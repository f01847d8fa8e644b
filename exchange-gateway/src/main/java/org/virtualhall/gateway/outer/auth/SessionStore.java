package org.virtualhall.gateway.outer.auth;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.virtualhall.model.submission.Applicant;

/**
 * Citizen sessions ({@code citizen_session}), shared by every outer instance: who signed in, which refresh token
 * generation is the current one, until when it may be used, and whether the session was revoked. Each change is one
 * conditional statement, so two instances never both rotate the same refresh token.
 */
@Repository
@Profile("outer")
public class SessionStore {

    private final JdbcTemplate jdbc;

    SessionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void create(String id, Applicant person, Instant now, Instant refreshExpires) {
        jdbc.update("INSERT INTO citizen_session (id, id_number, name, mobile, created_at, refresh_gen, refresh_expires) "
                        + "VALUES (?, ?, ?, ?, ?, 0, ?)", id, person.idNumber(), person.name(), person.mobile(),
                Timestamp.from(now), Timestamp.from(refreshExpires));
    }

    Optional<Session> find(String id) {
        return jdbc.query("SELECT id_number, name, mobile, refresh_gen, refresh_expires, revoked_at FROM citizen_session "
                + "WHERE id = ?", (rs, n) -> new Session(id, new Applicant(rs.getString(2), rs.getString(1), rs.getString(3)),
                rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) != null), id).stream().findFirst();
    }

    /** Whether the session was revoked; one it does not know (lost with a crash, or never issued) counts as revoked. */
    boolean revoked(String id) {
        List<Boolean> revoked = jdbc.query("SELECT revoked_at FROM citizen_session WHERE id = ?",
                (rs, n) -> rs.getTimestamp(1) != null, id);
        return revoked.isEmpty() || revoked.get(0);
    }

    /**
     * Moves the session from refresh generation {@code from} to the next, valid until {@code refreshExpires}; false
     * when another request moved it first, or it was revoked or has expired meanwhile.
     */
    boolean rotate(String id, int from, Instant refreshExpires, Instant now) {
        return jdbc.update("UPDATE citizen_session SET refresh_gen = refresh_gen + 1, refresh_expires = ? "
                        + "WHERE id = ? AND refresh_gen = ? AND revoked_at IS NULL AND refresh_expires > ?",
                Timestamp.from(refreshExpires), id, from, Timestamp.from(now)) == 1;
    }

    void revoke(String id, Instant now) {
        jdbc.update("UPDATE citizen_session SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", Timestamp.from(now), id);
    }

    /** A session as stored: its person, current refresh generation and its expiry, and whether it was revoked. */
    record Session(String id, Applicant person, int generation, Instant refreshExpires, boolean revoked) {
    }
}
