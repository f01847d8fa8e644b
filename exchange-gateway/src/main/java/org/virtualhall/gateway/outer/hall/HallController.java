package org.virtualhall.gateway.outer.hall;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/hall}: the current published layout and catalog. */
@RestController
@Profile("outer")
class HallController {

    private final HallCatalog catalog;

    HallController(HallCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/hall")
    ResponseEntity<byte[]> hall() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag('"' + catalog.published().version() + '"')
                .body(catalog.json());
    }
}
