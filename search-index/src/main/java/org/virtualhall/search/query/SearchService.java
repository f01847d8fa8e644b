package org.virtualhall.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.virtualhall.search.index.DocumentType;
import org.virtualhall.search.index.SearchDocument;

/**
 * Searches the hall's aliases. Every failure of Elasticsearch (down, timing out, refusing) becomes
 * {@link SearchUnavailableException}, so no Elasticsearch error reaches a caller; the client keeps
 * retrying the node, so search recovers by itself when it is back.
 */
public final class SearchService {

    static final String UNAVAILABLE = "搜索服务暂时不可用，请稍后再试";

    private final ElasticsearchClient client;

    public SearchService(ElasticsearchClient client) {
        this.client = client;
    }

    public SearchResult search(SearchQuery query) {
        List<String> indices = query.type().map(t -> List.of(t.alias()))
                .orElseGet(() -> Arrays.stream(DocumentType.values()).map(DocumentType::alias).toList());
        SearchResponse<SearchDocument> response = call(() -> client.search(s -> s
                .index(indices)
                .ignoreUnavailable(true)
                .query(HallQueries.search(query))
                .size(query.size())
                .trackTotalHits(t -> t.enabled(true))
                .highlight(h -> h.preTags("<em>").postTags("</em>")
                        .fields("name", f -> f.numberOfFragments(0))
                        .fields("body", f -> f.fragmentSize(40).numberOfFragments(1))), SearchDocument.class));
        List<SearchHit> hits = response.hits().hits().stream().map(SearchService::toHit).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, response.took(), hits);
    }

    /** Up to {@code size} distinct names for type-ahead. */
    public List<String> suggest(String text, int size) {
        SearchResponse<SearchDocument> response = call(() -> client.search(s -> s
                .index(Arrays.stream(DocumentType.values()).map(DocumentType::alias).toList())
                .ignoreUnavailable(true)
                .query(HallQueries.suggest(text))
                .size(size * 2), SearchDocument.class));
        return response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull)
                .map(SearchDocument::name).distinct().limit(size).toList();
    }

    private static SearchHit toHit(Hit<SearchDocument> hit) {
        SearchDocument doc = hit.source();
        return new SearchHit(doc.type(), doc.id(), doc.name(), doc.department(), doc.windows(), doc.floor(),
                hit.score() == null ? 0 : hit.score(), highlight(hit.highlight(), doc));
    }

    private static String highlight(Map<String, List<String>> fragments, SearchDocument doc) {
        for (String field : List.of("name", "body")) {
            List<String> parts = fragments.get(field);
            if (parts != null && !parts.isEmpty()) {
                return parts.get(0);
            }
        }
        return doc.name();
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (IOException | ElasticsearchException | IllegalStateException e) {
            throw new SearchUnavailableException(UNAVAILABLE, e);
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException;
    }
}
