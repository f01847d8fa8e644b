package org.virtualhall.approval.intake;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.approval.system.ApprovalProperties;
import org.virtualhall.approval.system.InvalidInputException;
import org.virtualhall.approval.system.JsonApi;

/** {@code POST /api/intake}: 201 for a new case, 200 when the receipt already names one (docs/contracts.md). */
@RestController
@JsonApi
class IntakeController {

    private final IntakeService intake;
    private final int maxBatch;

    IntakeController(IntakeService intake, ApprovalProperties properties) {
        this.intake = intake;
        this.maxBatch = properties.intake().maxBatch();
    }

    @PostMapping("/api/intake")
    ResponseEntity<IntakeResult> intake(@RequestBody IntakeRequest request) {
        IntakeResult result = intake.intake(request);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }

    /** {@code POST /api/intake/batch}: a JSON array of intakes, answered item by item in the same order. */
    @PostMapping("/api/intake/batch")
    List<IntakeOutcome> batch(@RequestBody List<IntakeRequest> requests) {
        if (requests.isEmpty() || requests.size() > maxBatch) {
            throw new InvalidInputException(null, "一批应有 1-" + maxBatch + " 件申请（收到 " + requests.size() + " 件）");
        }
        return intake.intakeAll(requests);
    }
}
