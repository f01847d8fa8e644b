package org.virtualhall.gateway.outer.auth;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The one-time code of each mobile ({@code sms_code}): only its keyed hash, when it was sent, until when it holds and
 * whether it was used. A new code replaces the one before. Every change is one conditional statement, so two outer
 * instances agree on which request sent or used a code.
 */
@Repository
@Profile("outer")
class CodeStore {

    /** The send time of a mobile that has no code: long enough ago for any interval. */
    private static final Timestamp NEVER = Timestamp.from(Instant.parse("2000-01-01T00:00:00Z"));

    private final JdbcTemplate jdbc;

    CodeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes sure the mobile has its row, outside any transaction (a lost race to insert it is no failure). */
    void ensure(String mobile) {
        MissingRows.insert(jdbc, "INSERT INTO sms_code (mobile, code_hash, sent_at, expires_at) SELECT ?, '', ?, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM sms_code WHERE mobile = ?)", mobile, NEVER, NEVER, mobile);
    }

    /** Puts the new code in place unless the last one was sent after {@code sentBefore}; whether it did. */
    boolean replace(String mobile, String hash, Instant now, Instant expires, Instant sentBefore) {
        return jdbc.update("UPDATE sms_code SET code_hash = ?, sent_at = ?, expires_at = ?, used_at = NULL "
                        + "WHERE mobile = ? AND sent_at <= ?", hash, Timestamp.from(now), Timestamp.from(expires), mobile,
                Timestamp.from(sentBefore)) == 1;
    }

    Instant sentAt(String mobile) {
        return jdbc.queryForObject("SELECT sent_at FROM sms_code WHERE mobile = ?", Timestamp.class, mobile).toInstant();
    }

    /** Takes the code back after it could not be delivered: the mobile may ask again at once. */
    void withdraw(String mobile, String hash) {
        jdbc.update("UPDATE sms_code SET code_hash = '', sent_at = ?, expires_at = ? WHERE mobile = ? AND code_hash = ?",
                NEVER, NEVER, mobile, hash);
    }

    /** Uses the code if it is the mobile's current one, unused and unexpired; otherwise tells why not. */
    Verdict consume(String mobile, String hash, Instant now) {
        if (jdbc.update("UPDATE sms_code SET used_at = ? WHERE mobile = ? AND code_hash = ? AND used_at IS NULL "
                + "AND expires_at > ?", Timestamp.from(now), mobile, hash, Timestamp.from(now)) == 1) {
            return Verdict.RIGHT;
        }
        List<Boolean> expiredUnused = jdbc.query("SELECT used_at IS NULL FROM sms_code WHERE mobile = ? AND code_hash = ?",
                (rs, n) -> rs.getBoolean(1), mobile, hash);
        return expiredUnused.isEmpty() || !expiredUnused.get(0) ? Verdict.WRONG : Verdict.EXPIRED;
    }

    /** What became of a code given for a mobile: used now, or refused as wrong (also a used one) or too late. */
    enum Verdict { RIGHT, WRONG, EXPIRED }
}
