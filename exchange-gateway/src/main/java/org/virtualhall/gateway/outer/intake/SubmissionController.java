package org.virtualhall.gateway.outer.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
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
import org.virtualhall.gateway.outer.auth.TokenClaims;
import org.virtualhall.gateway.outer.auth.TokenService;

/** {@code POST /api/submissions}: token first, then the strict body reader, then the outer chain. */
@RestController
@Profile("outer")
class SubmissionController {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionController.class);

    private final TokenService tokens;
    private final RequestReader reader;
    private final ProducerTemplate producer;

    SubmissionController(TokenService tokens, RequestReader reader, ProducerTemplate producer) {
        this.tokens = tokens;
        this.reader = reader;
        this.producer = producer;
    }

    @PostMapping("/api/submissions")
    ResponseEntity<Accepted> submit(@RequestHeader(name = "Authorization", required = false) String authorization,
                                    @RequestHeader(name = HallSource.HEADER, defaultValue = "web") String source,
                                    HttpServletRequest http) throws IOException {
        TokenClaims claims = tokens.verify(authorization);
        HallSource.checked(source);
        SubmissionRequest request = reader.parse(reader.readBody(http.getInputStream(), http.getContentLengthLong()),
                SubmissionRequest.class);
        Accepted accepted = producer.requestBody(IntakeRoute.URI, new IntakeRequest(claims, request, source), Accepted.class);
        try (MDC.MDCCloseable ignored = MDC.putCloseable("receipt", accepted.receipt())) {
            LOG.info("accepted {} for item {}", accepted.receipt(), request.itemCode());
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(accepted);
    }
}
