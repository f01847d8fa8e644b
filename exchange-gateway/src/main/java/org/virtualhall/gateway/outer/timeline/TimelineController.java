package org.virtualhall.gateway.outer.timeline;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.outer.auth.CitizenSessions;
import org.virtualhall.gateway.outer.auth.TokenClaims;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.catalog.Item;

/**
 * The signed-in citizen's own submissions: {@code GET /api/submissions} (newest first) and
 * {@code GET /api/submissions/{receipt}} with its timeline. Only the token's person's submissions are ever found.
 */
@RestController
@Profile("outer")
class TimelineController {

    static final int MAX_PAGE_SIZE = 50;

    private final CitizenSessions sessions;
    private final TimelineStore store;
    private final HallCatalog catalog;

    TimelineController(CitizenSessions sessions, TimelineStore store, HallCatalog catalog) {
        this.sessions = sessions;
        this.store = store;
        this.catalog = catalog;
    }

    @GetMapping("/api/submissions")
    MySubmissions mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                       @RequestHeader(name = "Authorization", required = false) String authorization) {
        TokenClaims claims = sessions.verify(authorization);
        if (page < 0) {
            throw Refusal.badRequest("bad_parameter", "页码不能小于0", "page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw Refusal.badRequest("bad_parameter", "每页条数应为1至" + MAX_PAGE_SIZE, "size");
        }
        return new MySubmissions(store.count(claims.sub()), page, size, store.page(claims.sub(), page, size).stream()
                .map(s -> new MySubmissions.Item(s.receipt(), s.itemCode(),
                        catalog.item(s.itemCode()).map(Item::name).orElse(null), s.status(), s.submittedAt(),
                        new MySubmissions.LastEvent(s.lastEvent().at(), s.lastEvent().step(), s.lastEvent().note())))
                .toList());
    }

    @GetMapping("/api/submissions/{receipt}")
    Timeline timeline(@PathVariable String receipt,
                      @RequestHeader(name = "Authorization", required = false) String authorization) {
        TokenClaims claims = sessions.verify(authorization);
        TimelineStore.Owned owned = store.owner(receipt)
                .filter(o -> o.idNumber().equals(claims.sub()))
                .orElseThrow(() -> UnknownReceipt.refusal(receipt));
        return new Timeline(receipt, owned.itemCode(), owned.status(), store.events(receipt));
    }
}
