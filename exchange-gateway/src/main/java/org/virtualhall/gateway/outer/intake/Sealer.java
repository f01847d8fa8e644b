package org.virtualhall.gateway.outer.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Applicant;
import org.virtualhall.model.submission.Envelope;
import org.virtualhall.model.submission.Submission;
import org.virtualhall.model.validation.MobileNumber;

/**
 * Gives a checked submission its receipt number and wraps it in the envelope that crosses the gap. A submission
 * whose {@link SubmissionKey} was given a receipt by an earlier attempt that did not finish keeps that receipt: should
 * the outer role have died after queueing it, the inner side, which takes each receipt once, drops the repeat.
 */
@Component
@Profile("outer")
public class Sealer {

    private final ReceiptNumbers receipts;
    private final Clock clock;

    Sealer(ReceiptNumbers receipts, Clock clock) {
        this.receipts = receipts;
        this.clock = clock;
    }

    /**
     * @param reserved the receipt an unfinished earlier attempt with the same key was given; null for a new number
     */
    public Sealed seal(IntakeRequest intake, String reserved) {
        Instant now = clock.instant();
        SubmissionRequest r = intake.request();
        Applicant applicant = new Applicant(r.applicant().name().trim(), r.applicant().idNumber().trim().toUpperCase(),
                MobileNumber.normalise(r.applicant().mobile()));
        String receipt = reserved != null ? reserved : receipts.next(now);
        Submission submission = new Submission(receipt, r.itemCode(), applicant, r.form(), r.materials(), now,
                intake.source());
        try {
            Envelope envelope = new Envelope("sub-" + receipt, "submission", receipt, now,
                    HallJson.wire().writeValueAsString(submission));
            return new Sealed(submission, HallJson.wire().writeValueAsString(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A submission with its receipt, and its envelope as queued. */
    public record Sealed(Submission submission, String envelopeJson) {
    }
}
