package org.virtualhall.gateway.outer.auth.oidc;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.submission.Applicant;

/**
 * One-time tickets: what a finished login hands the client instead of a token, since it travels in a URL. Random, valid
 * for {@code ticket-ttl}, exchanged once; kept in the outer role's database (only their hash), so any outer instance
 * takes a ticket another one issued.
 */
@Repository
@ConditionalOnOidc
class OidcTickets {

    static final String FIELD = "ticket";
    /** A spent or expired ticket is kept this long, so a late replay is told as such rather than as unknown. */
    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration ttl;

    OidcTickets(JdbcTemplate jdbc, Clock clock, OidcProperties props) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ttl = props.ticketTtl();
    }

    /** A new ticket for the verified citizen. */
    String issue(Applicant citizen) {
        String ticket = Secrets.next();
        Instant now = clock.instant();
        jdbc.update("DELETE FROM oidc_ticket WHERE expires_at < ?", Timestamp.from(now.minus(KEPT)));
        jdbc.update("INSERT INTO oidc_ticket (ticket_hash, name, id_number, mobile, expires_at) VALUES (?, ?, ?, ?, ?)",
                Secrets.hash(ticket), citizen.name(), citizen.idNumber(), citizen.mobile(), Timestamp.from(now.plus(ttl)));
        return ticket;
    }

    /** The citizen of a valid ticket, which is spent from then on; a 401 naming {@code ticket} otherwise. */
    Applicant redeem(String ticket) {
        if (ticket == null || ticket.isBlank()) {
            throw Refusal.badRequest("missing_field", "缺少登录票据", FIELD);
        }
        String hash = Secrets.hash(ticket.trim());
        Timestamp now = Timestamp.from(clock.instant());
        if (jdbc.update("UPDATE oidc_ticket SET used_at = ? WHERE ticket_hash = ? AND used_at IS NULL AND expires_at > ?",
                now, hash, now) == 1) {
            return jdbc.queryForObject("SELECT name, id_number, mobile FROM oidc_ticket WHERE ticket_hash = ?",
                    (rs, n) -> new Applicant(rs.getString(1), rs.getString(2), rs.getString(3)), hash);
        }
        List<Boolean> used = jdbc.query("SELECT used_at IS NOT NULL FROM oidc_ticket WHERE ticket_hash = ?",
                (rs, n) -> rs.getBoolean(1), hash);
        if (used.isEmpty()) {
            throw refused("invalid_ticket", "登录票据无效，请重新登录");
        }
        throw used.get(0) ? refused("used_ticket", "登录票据已使用过，每张票据只能使用一次，请重新登录")
                : refused("expired_ticket", "登录票据已过期（有效期" + ttl.toSeconds() + "秒），请重新登录");
    }

    private static Refusal refused(String error, String reason) {
        return new Refusal(HttpStatus.UNAUTHORIZED, error, reason, FIELD);
    }
}
