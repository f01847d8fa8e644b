package org.virtualhall.gateway.outer.timeline;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.outer.auth.TokenClaims;
import org.virtualhall.gateway.outer.auth.TokenService;
import org.virtualhall.gateway.web.Refusal;

/** {@code GET /api/submissions/{receipt}}: the applicant's own submission, with its timeline. */
@RestController
@Profile("outer")
class TimelineController {

    private final TokenService tokens;
    private final TimelineStore store;

    TimelineController(TokenService tokens, TimelineStore store) {
        this.tokens = tokens;
        this.store = store;
    }

    @GetMapping("/api/submissions/{receipt}")
    Timeline timeline(@PathVariable String receipt,
                      @RequestHeader(name = "Authorization", required = false) String authorization) {
        TokenClaims claims = tokens.verify(authorization);
        TimelineStore.Owned owned = store.owner(receipt)
                .filter(o -> o.idNumber().equals(claims.sub()))
                .orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "not_found", "没有找到您的这笔申报：" + receipt, "receipt"));
        return new Timeline(receipt, owned.itemCode(), owned.status(), store.events(receipt));
    }
}
