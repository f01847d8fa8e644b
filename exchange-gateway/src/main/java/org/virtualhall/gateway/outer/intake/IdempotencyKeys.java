package org.virtualhall.gateway.outer.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.virtualhall.gateway.gap.bundle.Hmac;
import org.virtualhall.gateway.web.Refusal;

/**
 * 防重复申报: a client that did not get its 202 (network cut, 503) sends the same submission again with the same
 * {@code Idempotency-Key} and gets the first receipt back instead of a second application. Keys are kept per
 * applicant. A key is stored with its receipt before the submission is queued, so an attempt that died after queueing
 * it leaves the receipt for the repeat to use again (the inner side takes each receipt once); a key still being
 * handled answers 409.
 */
@Repository
@Profile("outer")
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    IdempotencyKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The request's key, or empty when it sent none; a 400 naming the header when it is not a usable key. */
    public Optional<SubmissionKey> of(String header, String idNumber, byte[] body) {
        if (header == null) {
            return Optional.empty();
        }
        if (!VALID.matcher(header).matches()) {
            throw Refusal.badRequest("invalid_value", "防重复标识应为8到64位字母、数字、下划线或连字符", HEADER);
        }
        return Optional.of(new SubmissionKey(idNumber, header, Hmac.sha256(body)));
    }

    /**
     * Holds the key while its request is handled; a second request with it meanwhile is answered 409 rather than
     * racing the first into a second application.
     */
    public Claim claim(SubmissionKey key) {
        String id = key.idNumber() + "/" + key.key();
        if (!inFlight.add(id)) {
            throw inUse();
        }
        return () -> inFlight.remove(id);
    }

    /** The answer to a request whose key another is being handled with, here or at another outer instance. */
    static Refusal inUse() {
        return new Refusal(HttpStatus.CONFLICT, "idempotency_key_in_use", "相同的申报正在受理中，请稍后查询结果", HEADER);
    }

    /**
     * The receipt an earlier request with this key was given, and whether that request was accepted; a 422 when it
     * carried another application.
     */
    public Optional<Earlier> earlier(SubmissionKey key) {
        List<Earlier> rows = jdbc.query("SELECT k.receipt, k.fingerprint, EXISTS (SELECT 1 FROM submission s WHERE s.receipt = k.receipt) "
                        + "FROM submission_key k WHERE k.id_number = ? AND k.idem_key = ?",
                (rs, n) -> {
                    if (!rs.getString(2).equals(key.fingerprint())) {
                        throw new Refusal(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency_key_reused",
                                "该防重复标识已用于另一份申报，新的申报请使用新的标识", HEADER);
                    }
                    return new Earlier(rs.getString(1), rs.getBoolean(3));
                }, key.idNumber(), key.key());
        return rows.stream().findFirst();
    }

    /**
     * Stores keys with their receipts, before the group commit queues their submissions; a key stored by an attempt
     * that did not finish stays as it is. Returns the keys another request holds with another receipt: one at another
     * outer instance that got there first (the in-flight claim holds only at this instance).
     */
    List<SubmissionKey> reserve(List<Keyed> keyed) {
        int[] inserted = insert(keyed);
        List<SubmissionKey> others = new ArrayList<>();
        for (int i = 0; i < keyed.size(); i++) {
            Keyed k = keyed.get(i);
            if (inserted[i] != 1 && !k.receipt().equals(jdbc.queryForObject("SELECT receipt FROM submission_key "
                    + "WHERE id_number = ? AND idem_key = ?", String.class, k.key().idNumber(), k.key().key()))) {
                others.add(k.key());
            }
        }
        return others;
    }

    private int[] insert(List<Keyed> keyed) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.batchUpdate("INSERT INTO submission_key (id_number, idem_key, receipt, fingerprint, created_at) SELECT ?, ?, ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM submission_key WHERE id_number = ? AND idem_key = ?)",
                keyed.stream().map(k -> new Object[] {k.key().idNumber(), k.key().key(), k.receipt(), k.key().fingerprint(), now,
                        k.key().idNumber(), k.key().key()}).toList());
    }

    /**
     * What an earlier request with the key left.
     *
     * @param accepted whether its submission was recorded as accepted (answered 202); if not, it may or may not have
     *                 been queued, and a repeat queues it again under the same receipt
     */
    public record Earlier(String receipt, boolean accepted) {
    }

    /** A key and the receipt it was given. */
    record Keyed(SubmissionKey key, String receipt) {
    }

    /** Releases the key when the request is answered. */
    public interface Claim extends AutoCloseable {
        @Override
        void close();
    }
}
