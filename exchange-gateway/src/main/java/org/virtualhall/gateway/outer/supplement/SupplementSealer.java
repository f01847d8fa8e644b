package org.virtualhall.gateway.outer.supplement;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.supplement.Supplement;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/** Gives a checked supplement its id ({@code BZyyyyMMdd-…}) and wraps it in the envelope that crosses the gap. */
@Component
@Profile("outer")
class SupplementSealer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));

    private final Clock clock;

    SupplementSealer(Clock clock) {
        this.clock = clock;
    }

    Sealed seal(SupplementIntake intake) {
        Instant now = clock.instant();
        String id = "BZ" + DAY.format(now) + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        Supplement supplement = new Supplement(id, intake.receipt(), intake.claims().sub(), intake.request().materials(),
                intake.request().note().strip(), now, intake.source());
        try {
            Envelope envelope = new Envelope(supplement.envelopeId(), Supplement.TYPE, supplement.receipt(), now,
                    HallJson.wire().writeValueAsString(supplement));
            return new Sealed(supplement, HallJson.wire().writeValueAsString(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A supplement with its id, and its envelope as queued. */
    record Sealed(Supplement supplement, String envelopeJson) {
    }
}
