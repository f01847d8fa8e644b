package org.virtualhall.approval.system;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code approval.*} in application.yml. */
@ConfigurationProperties("approval")
public record ApprovalProperties(String dataDir, ZoneId zone, Intake intake, Gateway gateway,
                                 Supervision supervision, Security security) {

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

    public record Security(String initialPassword) {
    }
}
