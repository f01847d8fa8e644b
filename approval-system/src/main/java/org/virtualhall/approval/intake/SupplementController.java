package org.virtualhall.approval.intake;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.approval.system.JsonApi;

/**
 * {@code POST /api/cases/{receipt}/supplements} from the inner gateway: 201 stored, 200 a repeat of the
 * supplement id, 404 no such case, 409 the case is not waiting for a correction, 400 naming the field.
 */
@RestController
@JsonApi
class SupplementController {

    private final SupplementIntake supplements;

    SupplementController(SupplementIntake supplements) {
        this.supplements = supplements;
    }

    @PostMapping("/api/cases/{receipt}/supplements")
    ResponseEntity<SupplementResult> supplement(@PathVariable String receipt, @RequestBody SupplementRequest request) {
        SupplementResult result = supplements.receive(receipt, request);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }
}
