package org.virtualhall.approval.supervision;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.approval.system.JsonApi;

/** The dashboard's figures as JSON, for the supervisor's tools and the benchmark. */
@RestController
@JsonApi
class SupervisionApiController {

    private final Supervision supervision;
    private final Clock clock;

    SupervisionApiController(Supervision supervision, Clock clock) {
        this.supervision = supervision;
        this.clock = clock;
    }

    @GetMapping("/api/supervision/overview")
    Overview overview(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return supervision.overview(day == null ? LocalDate.now(clock) : day);
    }
}
