package org.virtualhall.gateway.outer.searchlog;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.search.query.BadQueryException;

/**
 * {@code POST /api/search/feedback}: what a citizen did with a search's answer — opened an item from it, or applied for
 * an item reached from it (docs/api.md). Counted per query only; no sign-in, nothing about the person.
 */
@RestController
@Profile("outer")
class SearchFeedbackController {

    private static final String ERROR = "bad_feedback";

    private final SearchLog log;
    private final SearchQueries queries;
    private final HallCatalog catalog;

    SearchFeedbackController(SearchLog log, SearchQueries queries, HallCatalog catalog) {
        this.log = log;
        this.queries = queries;
        this.catalog = catalog;
    }

    @PostMapping("/api/search/feedback")
    ResponseEntity<Void> feedback(@RequestBody SearchFeedback feedback) {
        String query;
        try {
            query = queries.normalise(feedback.query());
        } catch (BadQueryException e) {
            throw Refusal.badRequest(ERROR, "请给出检索时输入的内容（query 不能为空）", "query");
        }
        String code = feedback.itemCode();
        if (code == null || code.isBlank()) {
            throw Refusal.badRequest(ERROR, "请给出事项编码（itemCode 不能为空）", "itemCode");
        }
        if (catalog.item(code).isEmpty()) {
            throw Refusal.badRequest(ERROR, "itemCode 不是已发布的事项编码", "itemCode");
        }
        FeedbackAction action = FeedbackAction.ofWireName(feedback.action() == null ? "" : feedback.action())
                .orElseThrow(() -> Refusal.badRequest(ERROR, "action 只能是 opened 或 applied", "action"));
        log.acted(query, action);
        return ResponseEntity.noContent().build();
    }

    /** The request body. */
    record SearchFeedback(String query, String itemCode, String action) {
    }
}
