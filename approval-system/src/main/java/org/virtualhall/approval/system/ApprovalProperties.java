package org.virtualhall.approval.system;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code approval.*} in application.yml. */
@ConfigurationProperties("approval")
public record ApprovalProperties(String dataDir, ZoneId zone, Intake intake, Gateway gateway,
                                 Supervision supervision, Security security, Audit audit) {

    /**
     * @param commitBatch at most this many intakes share one transaction (group commit)
     * @param maxBatch    at most this many intakes in one {@code POST /api/intake/batch}
     */
    public record Intake(long maxMaterialBytes, int commitBatch, int maxBatch) {
    }

    /** Where feedback events and catalog publications go (the inner gateway). */
    public record Gateway(URI url, String eventsPath, String catalogPath, Duration pushInterval,
                          int batchSize, Duration maxBackoff) {

        public URI events() {
            return url.resolve(eventsPath);
        }

        public URI catalog() {
            return url.resolve(catalogPath);
        }
    }

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

    /** After {@code maxFailures} failed logins in a row an account is locked for {@code duration}. */
    public record Lockout(int maxFailures, Duration duration) {
    }

    /** @param pageSize rows on one page of the audit trail */
    public record Audit(int pageSize) {
    }
}
