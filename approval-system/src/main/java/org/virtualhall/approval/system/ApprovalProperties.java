package org.virtualhall.approval.system;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code approval.*} in application.yml.
 *
 * @param dataDir     this system's own files: the H2 database (when no PostgreSQL is configured) and the first start's
 *                    initial-passwords.txt
 * @param zone        the time zone of the hall's working days and deadlines
 * @param intake      how cases come in from the inner gateway
 * @param gateway     where case events and catalog publications go
 * @param supervision 电子监察's thresholds
 * @param security    console passwords and lockout
 * @param audit       the audit trail's pages
 */
@ConfigurationProperties("approval")
public record ApprovalProperties(String dataDir, ZoneId zone, Intake intake, Gateway gateway,
                                 Supervision supervision, Security security, Audit audit) {

    /**
     * @param maxMaterialBytes a material (attached file) larger than this is refused at intake
     * @param commitBatch at most this many intakes share one transaction (group commit)
     * @param maxBatch    at most this many intakes in one {@code POST /api/intake/batch}
     */
    public record Intake(long maxMaterialBytes, int commitBatch, int maxBatch) {
    }

    /**
     * Where feedback events and catalog publications go (the inner gateway).
     *
     * @param url          the inner gateway's management address
     * @param eventsPath   its path for case events (the citizen's timeline)
     * @param catalogPath  its path for catalog publications
     * @param pushInterval how often the outbox of events is pushed
     * @param batchSize    events per push at most
     * @param maxBackoff   the longest wait between pushes while the gateway does not answer
     */
    public record Gateway(URI url, String eventsPath, String catalogPath, Duration pushInterval,
                          int batchSize, Duration maxBackoff) {

        public URI events() {
            return url.resolve(eventsPath);
        }

        public URI catalog() {
            return url.resolve(catalogPath);
        }
    }

    /** @param yellowRatio a case gets a yellow card once this share of its time limit has passed (0..1) */
    public record Supervision(double yellowRatio) {
    }

    /**
     * @param bcryptStrength       log rounds of the BCrypt hashes of passwords users choose (each step doubles the work)
     * @param issuedBcryptStrength log rounds for the generated initial passwords seeded at start: random, they
     *                             need no slow hash to resist guessing, and are replaced at first login
     */
    public record Security(int bcryptStrength, int issuedBcryptStrength, Passwords password, Lockout lockout) {
    }

    /**
     * @param initialLength characters of a generated initial or one-time password
     * @param minLength     a chosen password has at least this many characters
     * @param minClasses    and characters of at least this many of lower case, upper case, digits, symbols
     */
    public record Passwords(int initialLength, int minLength, int minClasses) {
    }

    /**
     * After {@code maxFailures} failed logins in a row an account is locked for {@code duration}.
     *
     * @param maxFailures failed logins in a row before the lock
     * @param duration    how long the account stays locked
     */
    public record Lockout(int maxFailures, Duration duration) {
    }

    /** @param pageSize rows on one page of the audit trail */
    public record Audit(int pageSize) {
    }
}
