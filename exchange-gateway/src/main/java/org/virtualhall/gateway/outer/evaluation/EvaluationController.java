package org.virtualhall.gateway.outer.evaluation;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.outer.intake.HallSource;
import org.virtualhall.gateway.outer.intake.ReceiptRequests;

/** {@code POST /api/submissions/{receipt}/evaluation} (好差评): token, the strict body reader, then {@link EvaluationDesk}. */
@RestController
@Profile("outer")
class EvaluationController {

    private final ReceiptRequests requests;
    private final EvaluationDesk desk;

    EvaluationController(ReceiptRequests requests, EvaluationDesk desk) {
        this.requests = requests;
        this.desk = desk;
    }

    @PostMapping("/api/submissions/{receipt}/evaluation")
    ResponseEntity<EvaluationAccepted> evaluate(@PathVariable String receipt,
                                                @RequestHeader(name = "Authorization", required = false) String authorization,
                                                @RequestHeader(name = HallSource.HEADER, defaultValue = "web") String source,
                                                HttpServletRequest http) throws IOException {
        ReceiptRequests.Read<EvaluationRequest> read = requests.read(receipt, authorization, source, http, EvaluationRequest.class);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(desk.accept(read.claims(), receipt, read.body(), source));
    }
}
