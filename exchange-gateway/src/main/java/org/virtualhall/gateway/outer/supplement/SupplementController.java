package org.virtualhall.gateway.outer.supplement;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
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
import org.virtualhall.gateway.outer.intake.HallSource;
import org.virtualhall.gateway.outer.intake.ReceiptRequests;

/** {@code POST /api/submissions/{receipt}/supplements}: token, the strict body reader, then the outer supplement chain. */
@RestController
@Profile("outer")
class SupplementController {

    private static final Logger LOG = LoggerFactory.getLogger(SupplementController.class);
    private final ReceiptRequests requests;
    private final ProducerTemplate producer;

    SupplementController(ReceiptRequests requests, ProducerTemplate producer) {
        this.requests = requests;
        this.producer = producer;
    }

    @PostMapping("/api/submissions/{receipt}/supplements")
    ResponseEntity<SupplementAccepted> supplement(@PathVariable String receipt,
                                                  @RequestHeader(name = "Authorization", required = false) String authorization,
                                                  @RequestHeader(name = HallSource.HEADER, defaultValue = "web") String source,
                                                  HttpServletRequest http) throws IOException {
        ReceiptRequests.Read<SupplementRequest> read = requests.read(receipt, authorization, source, http, SupplementRequest.class);
        SupplementRequest request = read.body();
        SupplementAccepted accepted = producer.requestBody(SupplementRoute.URI,
                new SupplementIntake(read.claims(), receipt, request, source), SupplementAccepted.class);
        try (MDC.MDCCloseable ignored = MDC.putCloseable("receipt", receipt)) {
            LOG.info("accepted supplement {} with {} materials for {}", accepted.supplement(), request.materials().size(),
                    receipt);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(accepted);
    }
}
