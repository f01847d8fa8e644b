package org.virtualhall.approval.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.approval.system.JsonApi;
import org.virtualhall.model.catalog.CaseType;

/** {@code GET /api/cases/{receipt}} (docs/api.md). */
@RestController
@JsonApi
class CaseApiController {

    record EventView(Instant at, String step, String state, String status, String note, String actor) {
    }

    record CaseView(String receipt, long caseId, String itemCode, String innerItemCode, CaseType caseType,
                    String caseTypeLabel, String state, String stateLabel, String status, LocalDate deadline,
                    boolean paused, List<EventView> events) {
    }

    private final CaseRepository cases;

    CaseApiController(CaseRepository cases) {
        this.cases = cases;
    }

    @GetMapping("/api/cases/{receipt}")
    CaseView get(@PathVariable String receipt) {
        CaseRecord c = cases.findByReceipt(receipt).orElseThrow(() -> new CaseNotFoundException(receipt));
        List<EventView> events = cases.events(c.id()).stream()
                .map(e -> new EventView(e.at(), e.step(), e.state().name(), e.status().name(), e.note(), e.actor()))
                .toList();
        return new CaseView(c.receipt(), c.id(), c.itemCode(), c.innerItemCode(), c.caseType(), c.caseType().label(),
                c.state().name(), c.state().label(), c.state().status().name(), c.limit().deadline(),
                c.limit().paused(), events);
    }
}
