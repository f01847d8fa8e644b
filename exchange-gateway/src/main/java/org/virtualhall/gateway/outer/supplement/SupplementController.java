package org.virtualhall.gateway.outer.supplement;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.outer.auth.CitizenSessions;
import org.virtualhall.gateway.outer.auth.TokenClaims;
import org.virtualhall.gateway.outer.intake.HallSource;
import org.virtualhall.gateway.outer.intake.RequestReader;
import org.virtualhall.gateway.outer.timeline.UnknownReceipt;

/** {@code POST /api/submissions/{receipt}/supplements}: token, the strict body reader, then the outer supplement chain. */
@RestController
@Profile("outer")
class SupplementController {

    private static final Logger LOG = LoggerFactory.getLogger(SupplementController.class);
    private static final Pattern RECEIPT = Pattern.compile("[A-Za-z0-9-]{6,64}");

    private final CitizenSessions sessions;
    private final RequestReader reader;
    private final ProducerTemplate producer;

    SupplementController(CitizenSessions sessions, RequestReader reader, ProducerTemplate producer) {
        this.sessions = sessions;
        this.reader = reader;
        this.producer = producer;
    }

    @PostMapping("/api/submissions/{receipt}/supplements")
    ResponseEntity<SupplementAccepted> supplement(@PathVariable String receipt,
                                                  @RequestHeader(name = "Authorization", required = false) String authorization,
                                                  @RequestHeader(name = HallSource.HEADER, defaultValue = "web") String source,
                                                  HttpServletRequest http) throws IOException {
        TokenClaims claims = sessions.verify(authorization);
        HallSource.checked(source);
        if (!RECEIPT.matcher(receipt).matches()) {
            throw UnknownReceipt.refusal(receipt);
        }
        SupplementRequest request = reader.parse(reader.readBody(http.getInputStream(), http.getContentLengthLong()),
                SupplementRequest.class);
        SupplementAccepted accepted = producer.requestBody(SupplementRoute.URI,
                new SupplementIntake(claims, receipt, request, source), SupplementAccepted.class);
        try (MDC.MDCCloseable ignored = MDC.putCloseable("receipt", receipt)) {
            LOG.info("accepted supplement {} with {} materials for {}", accepted.supplement(), request.materials().size(),
                    receipt);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(accepted);
    }
}
