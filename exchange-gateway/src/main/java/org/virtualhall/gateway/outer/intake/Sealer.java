package org.virtualhall.gateway.outer.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.bundle.Hmac;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Applicant;
import org.virtualhall.model.submission.Envelope;
import org.virtualhall.model.submission.Submission;
import org.virtualhall.model.validation.MobileNumber;

/**
 * Gives a checked submission its receipt number and wraps it in the envelope that crosses the gap. A submission
 * with an {@link SubmissionKey} gets a receipt derived from the applicant and the key: should the outer role die
 * between queueing it and recording its key, the client's repeat carries the same receipt, and the inner side,
 * which takes each receipt once, drops the repeat.
 */
@Component
@Profile("outer")
public class Sealer {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));

    // DRBG, not the platform default: NativePRNG reads /dev/urandom under one global lock for every call.
    private final SecureRandom random;
    private final Clock clock;

    Sealer(Clock clock) {
        this.clock = clock;
        try {
            this.random = SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Sealed seal(IntakeRequest intake, SubmissionKey key) {
        Instant now = clock.instant();
        SubmissionRequest r = intake.request();
        Applicant applicant = new Applicant(r.applicant().name().trim(), r.applicant().idNumber().trim().toUpperCase(),
                MobileNumber.normalise(r.applicant().mobile()));
        String receipt = "SB" + DAY.format(now) + "-" + (key == null ? randomPart() : keyedPart(key));
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

    private String randomPart() {
        byte[] bytes = new byte[10];
        random.nextBytes(bytes);
        return letters(bytes);
    }

    private static String keyedPart(SubmissionKey key) {
        return letters(Hmac.sha256Bytes((key.idNumber() + "\n" + key.key()).getBytes(StandardCharsets.UTF_8)));
    }

    /** The first ten bytes as letters of the receipt alphabet (32 letters: each byte mod 32 is uniform). */
    private static String letters(byte[] bytes) {
        StringBuilder s = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            byte b = bytes[i];
            s.append(ALPHABET.charAt((b & 0xff) % ALPHABET.length()));
        }
        return s.toString();
    }

    /** A submission with its receipt, and its envelope as queued. */
    public record Sealed(Submission submission, String envelopeJson) {
    }
}
