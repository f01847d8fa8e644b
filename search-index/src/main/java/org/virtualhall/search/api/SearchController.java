package org.virtualhall.search.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.search.index.DocumentType;
import org.virtualhall.search.query.AskOffer;
import org.virtualhall.search.query.BadQueryException;
import org.virtualhall.search.query.QueryText;
import org.virtualhall.search.query.SearchQuery;
import org.virtualhall.search.query.SearchResult;
import org.virtualhall.search.query.SearchService;

/** The hall API's search: what citizens, the guide desk and windows type into the search box. */
@RestController
class SearchController {

    private final SearchService search;
    private final SearchCaches caches;
    private final QueryText queryText;
    private final SearchProperties properties;
    private final AskOffer askOffer;

    SearchController(SearchService search, SearchCaches caches, QueryText queryText, SearchProperties properties) {
        this.search = search;
        this.caches = caches;
        this.queryText = queryText;
        this.properties = properties;
        this.askOffer = properties.ask().offer();
    }

    @GetMapping("${hall.search.api.search-path:/api/search}")
    SearchResult search(@RequestParam(required = false) String q,
                        @RequestParam(required = false) String type,
                        @RequestParam(required = false) String dept,
                        @RequestParam(required = false) Integer floor,
                        @RequestParam(required = false) Integer size) {
        SearchQuery query = new SearchQuery(queryText.clean(q), type(type), blankToEmpty(dept),
                Optional.ofNullable(floor), size(size));
        return caches.results().get(query, search::search).offering(askOffer);
    }

    @GetMapping("${hall.search.api.suggest-path:/api/suggest}")
    Map<String, Object> suggest(@RequestParam(required = false) String q) {
        List<String> suggestions = caches.suggestions().get(queryText.clean(q), text -> search.suggest(text, properties.suggestSize()));
        return Map.of("suggestions", suggestions);
    }

    private static Optional<DocumentType> type(String type) {
        if (type == null || type.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(DocumentType.of(type.strip())
                .orElseThrow(() -> new BadQueryException("type", "type 只能是 item、window 或 staff")));
    }

    private int size(Integer size) {
        if (size == null) {
            return properties.defaultSize();
        }
        if (size < 1 || size > properties.maxSize()) {
            throw new BadQueryException("size", "size 应在 1 到 " + properties.maxSize() + " 之间");
        }
        return size;
    }

    private static Optional<String> blankToEmpty(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
