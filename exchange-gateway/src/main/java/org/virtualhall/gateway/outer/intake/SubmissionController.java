package org.virtualhall.gateway.outer.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.outer.auth.CitizenSessions;
import org.virtualhall.gateway.outer.auth.TokenClaims;
import org.virtualhall.model.submission.SubmissionStatus;

/**
 * {@code POST /api/submissions}: token first, then the strict body reader, then the outer chain. With an
 * {@code Idempotency-Key} a repeat of an accepted submission gets its first receipt again (header
 * {@code Idempotent-Replayed: true}) and nothing new is queued; a repeat of one that was not answered is queued again
 * under the receipt its key was given.
 */
@RestController
@Profile("outer")
class SubmissionController {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionController.class);
    static final String REPLAYED = "Idempotent-Replayed";

    private final CitizenSessions sessions;
    private final RequestReader reader;
    private final ProducerTemplate producer;
    private final Endpoint intake;
    private final IdempotencyKeys keys;

    SubmissionController(CitizenSessions sessions, RequestReader reader, ProducerTemplate producer, IdempotencyKeys keys) {
        this.sessions = sessions;
        this.reader = reader;
        this.producer = producer;
        // resolved once: by its URI the template looks the endpoint up again for every request
        this.intake = producer.getCamelContext().getEndpoint(IntakeRoute.URI);
        this.keys = keys;
    }

    @PostMapping("/api/submissions")
    ResponseEntity<Accepted> submit(@RequestHeader(name = "Authorization", required = false) String authorization,
                                    @RequestHeader(name = HallSource.HEADER, defaultValue = "web") String source,
                                    @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
                                    HttpServletRequest http) throws IOException {
        TokenClaims claims = sessions.verify(authorization);
        HallSource.checked(source);
        byte[] body = reader.readBody(http.getInputStream(), http.getContentLengthLong());
        Optional<SubmissionKey> key = keys.of(idempotencyKey, claims.sub(), body);
        if (key.isEmpty()) {
            return accept(claims, body, source, null, null);
        }
        try (IdempotencyKeys.Claim ignored = keys.claim(key.get())) {
            Optional<IdempotencyKeys.Earlier> earlier = keys.earlier(key.get());
            if (earlier.isEmpty()) {
                return accept(claims, body, source, key.get(), null);
            }
            String receipt = earlier.get().receipt();
            try (MDC.MDCCloseable ignoredToo = MDC.putCloseable("receipt", receipt)) {
                if (!earlier.get().accepted()) {
                    LOG.info("repeat of {}, whose first attempt was not answered, queued again", receipt);
                    return accept(claims, body, source, key.get(), receipt);
                }
                LOG.info("repeat of {} answered with its first receipt", receipt);
            }
            return ResponseEntity.status(HttpStatus.ACCEPTED).header(REPLAYED, "true")
                    .body(new Accepted(receipt, SubmissionStatus.ACCEPTED.name()));
        }
    }

    private ResponseEntity<Accepted> accept(TokenClaims claims, byte[] body, String source, SubmissionKey key,
                                            String reserved) {
        SubmissionRequest request = reader.parse(body, SubmissionRequest.class);
        Map<String, Object> headers = new HashMap<>();
        headers.put(IntakeRoute.KEY_HEADER, key);
        headers.put(IntakeRoute.RESERVED_HEADER, reserved);
        Accepted accepted = producer.requestBodyAndHeaders(intake, new IntakeRequest(claims, request, source), headers,
                Accepted.class);
        try (MDC.MDCCloseable ignored = MDC.putCloseable("receipt", accepted.receipt())) {
            LOG.info("accepted {} for item {}", accepted.receipt(), request.itemCode());
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(accepted);
    }
}
