package org.virtualhall.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.virtualhall.search.index.DocumentType;

/**
 * Searches the hall's aliases. Every failure of Elasticsearch (down, timing out, refusing) becomes
 * {@link SearchUnavailableException}, so no Elasticsearch error reaches a caller; the client keeps
 * retrying the node, so search recovers by itself when it is back.
 *
 * <p>A search is one request in the common case. Typed pinyin or initials that find fewer than
 * {@value #FUZZY_BELOW} things exactly are asked again with edit tolerance on the pinyin
 * (jiehundenji → 结婚登记): fuzzy matching costs more than the rest of the query together; the
 * exact hits stay first, the near ones follow. A text that still finds nothing is never answered with
 * nothing: the closest items by characters and pinyin syllables come back, marked as a fallback, and
 * when not one character or syllable leads anywhere, the hall's {@link FrequentItems}.
 */
public final class SearchService {

    static final String UNAVAILABLE = "搜索服务暂时不可用，请稍后再试";
    static final int FUZZY_BELOW = 3;
    /**
     * Hits are counted exactly up to this many; beyond it the count is a lower bound. Counting every match keeps
     * Lucene from skipping the documents that cannot reach the first page, which on a province's catalog (a
     * common word in thousands of names) costs more than the ranking.
     */
    static final int COUNTED_UP_TO = 100;
    /** Names of closest items offered with a fallback. */
    static final int SUGGESTIONS = 5;
    /** Not even {@code _id}, which is stored too. */
    private static final String NO_STORED_FIELDS = "_none_";

    private final ElasticsearchClient client;
    private final List<String> frequentItems;

    public SearchService(ElasticsearchClient client) {
        this.client = client;
        this.frequentItems = FrequentItems.shipped();
    }

    public SearchResult search(SearchQuery query) {
        SearchResponse<JsonData> exact = search(query, HallQueries.search(query, false));
        long tookMs = exact.took();
        List<SearchHit> hits = hits(exact, query);
        long total = total(exact);
        boolean totalExact = totalExact(exact);
        if (HallQueries.mayNeedFuzzy(query.text()) && total < FUZZY_BELOW) {
            SearchResponse<JsonData> fuzzy = search(query, HallQueries.search(query, true));
            tookMs += fuzzy.took();
            hits = exactFirst(hits, hits(fuzzy, query), query.size());
            total = Math.max(total(fuzzy), hits.size());
            totalExact = totalExact(fuzzy);
        }
        if (total > 0) {
            return SearchResult.matched(Math.max(total, hits.size()), totalExact, tookMs, hits);
        }
        SearchResponse<JsonData> closest = search(query, HallQueries.closest(query));
        tookMs += closest.took();
        if (total(closest) == 0 && !frequentItems.isEmpty()) {
            return frequent(query, tookMs);
        }
        List<SearchHit> closestHits = hits(closest, query);
        return SearchResult.closest(Math.max(total(closest), closestHits.size()), totalExact(closest), tookMs, closestHits,
                SUGGESTIONS);
    }

    /**
     * The exact hits, then the near ones they do not already hold: a rare near term (a typo's
     * neighbour) must not outscore what was typed exactly.
     */
    private static List<SearchHit> exactFirst(List<SearchHit> exact, List<SearchHit> near, int size) {
        Set<String> seen = new HashSet<>();
        List<SearchHit> merged = new ArrayList<>();
        Stream.concat(exact.stream(), near.stream())
                .filter(hit -> seen.add(hit.type() + ":" + hit.id()))
                .limit(size)
                .forEach(merged::add);
        return merged;
    }

    /** The hall's frequent items that pass the query's filters, in the list's order. */
    private SearchResult frequent(SearchQuery query, long tookMs) {
        SearchResponse<JsonData> response = search(query, HallQueries.ids(query, frequentItems), frequentItems.size());
        List<SearchHit> hits = hits(response, query).stream()
                .sorted(Comparator.comparingInt(hit -> frequentItems.indexOf(hit.id())))
                .limit(query.size()).toList();
        return SearchResult.closest(total(response), totalExact(response), tookMs + response.took(), hits, SUGGESTIONS);
    }

    private SearchResponse<JsonData> search(SearchQuery query, Query ranking) {
        return search(query, ranking, query.size());
    }

    private SearchResponse<JsonData> search(SearchQuery query, Query ranking, int size) {
        String index = query.type().map(DocumentType::alias).orElse(DocumentType.ALL_ALIAS);
        return call(() -> client.search(s -> fromDocValues(s
                .index(index)
                .ignoreUnavailable(true)
                .query(ranking)
                .size(size)
                .trackTotalHits(t -> t.count(COUNTED_UP_TO)), HitFields.FIELDS), JsonData.class));
    }

    /** No {@code _source} and no stored field: the hit's fields come from doc values ({@link HitFields}). */
    private static SearchRequest.Builder fromDocValues(SearchRequest.Builder request, List<String> fields) {
        return request.source(src -> src.fetch(false))
                .storedFields(NO_STORED_FIELDS)
                .docvalueFields(fields.stream().map(field -> FieldAndFormat.of(f -> f.field(field))).toList());
    }

    private static List<SearchHit> hits(SearchResponse<JsonData> response, SearchQuery query) {
        return response.hits().hits().stream().map(hit -> HitFields.toHit(hit, query.text())).toList();
    }

    private static long total(SearchResponse<JsonData> response) {
        return response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
    }

    private static boolean totalExact(SearchResponse<JsonData> response) {
        return response.hits().total() == null || response.hits().total().relation() == TotalHitsRelation.Eq;
    }

    /** Up to {@code size} distinct names for type-ahead. */
    public List<String> suggest(String text, int size) {
        SearchResponse<JsonData> response = call(() -> client.search(s -> fromDocValues(s
                .index(DocumentType.ALL_ALIAS)
                .ignoreUnavailable(true)
                .query(HallQueries.suggest(text))
                .size(size * 2), List.of(HitFields.NAME)), JsonData.class));
        return response.hits().hits().stream().map(HitFields::name).filter(Objects::nonNull)
                .distinct().limit(size).toList();
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
