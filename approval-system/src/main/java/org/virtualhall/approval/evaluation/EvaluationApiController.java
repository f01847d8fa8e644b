package org.virtualhall.approval.evaluation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.approval.system.JsonApi;

/**
 * {@code POST /api/cases/{receipt}/evaluation} from the inner gateway: 201 stored, 200 a repeat of the review id,
 * 404 no such case, 409 the case has not ended or has another review, 400 naming the field.
 */
@RestController
@JsonApi
class EvaluationApiController {

    private final EvaluationIntake intake;

    EvaluationApiController(EvaluationIntake intake) {
        this.intake = intake;
    }

    @PostMapping("/api/cases/{receipt}/evaluation")
    ResponseEntity<EvaluationResult> evaluate(@PathVariable String receipt, @RequestBody EvaluationRequest request) {
        EvaluationResult result = intake.receive(receipt, request);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }
}
