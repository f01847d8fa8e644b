package org.virtualhall.approval.intake;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.approval.system.JsonApi;

/** {@code POST /api/intake}: 201 for a new case, 200 when the receipt already names one (docs/contracts.md). */
@RestController
@JsonApi
class IntakeController {

    private final IntakeService intake;

    IntakeController(IntakeService intake) {
        this.intake = intake;
    }

    @PostMapping("/api/intake")
    ResponseEntity<IntakeResult> intake(@RequestBody IntakeRequest request) {
        IntakeResult result = intake.intake(request);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }
}
