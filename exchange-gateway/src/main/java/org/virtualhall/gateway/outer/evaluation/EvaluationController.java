package org.virtualhall.gateway.outer.evaluation;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.regex.Pattern;
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

/** {@code POST /api/submissions/{receipt}/evaluation} (好差评): token, the strict body reader, then {@link EvaluationDesk}. */
@RestController
@Profile("outer")
class EvaluationController {

    private static final Pattern RECEIPT = Pattern.compile("[A-Za-z0-9-]{6,64}");

    private final CitizenSessions sessions;
    private final RequestReader reader;
    private final EvaluationDesk desk;

    EvaluationController(CitizenSessions sessions, RequestReader reader, EvaluationDesk desk) {
        this.sessions = sessions;
        this.reader = reader;
        this.desk = desk;
    }

    @PostMapping("/api/submissions/{receipt}/evaluation")
    ResponseEntity<EvaluationAccepted> evaluate(@PathVariable String receipt,
                                                @RequestHeader(name = "Authorization", required = false) String authorization,
                                                @RequestHeader(name = HallSource.HEADER, defaultValue = "web") String source,
                                                HttpServletRequest http) throws IOException {
        TokenClaims claims = sessions.verify(authorization);
        HallSource.checked(source);
        if (!RECEIPT.matcher(receipt).matches()) {
            throw UnknownReceipt.refusal(receipt);
        }
        EvaluationRequest request = reader.parse(reader.readBody(http.getInputStream(), http.getContentLengthLong()),
                EvaluationRequest.class);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(desk.accept(claims, receipt, request, source));
    }
}
