package org.virtualhall.gateway.outer.evaluation;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/evaluations/stats}: the 好差评 figures per window and department as last published from inside.
 * Public, no sign-in; before the first publication the lists are empty and {@code at} is null.
 */
@RestController
@Profile("outer")
class FiguresController {

    private static final String NONE = "{\"at\":null,\"windows\":[],\"departments\":[]}";

    private final FiguresStore store;

    FiguresController(FiguresStore store) {
        this.store = store;
    }

    @GetMapping(value = "/api/evaluations/stats", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> stats() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(store.latest().orElse(NONE));
    }
}
