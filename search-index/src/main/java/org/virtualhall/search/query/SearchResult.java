package org.virtualhall.search.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a search answers.
 *
 * @param total       how many things match, exactly when {@code totalExact}; otherwise at least this many
 * @param fallback    nothing matched the words as typed: the hits are the closest items by characters and pinyin
 * @param suggestions with a fallback, the names of those closest items (您是不是要找); otherwise empty
 * @param askOffer    with a fallback, where to ask a person instead; added by the hall API, absent otherwise
 */
public record SearchResult(long total, boolean totalExact, long tookMs, List<SearchHit> hits, boolean fallback, List<String> suggestions,
                           @JsonInclude(JsonInclude.Include.NON_NULL) AskOffer askOffer) {

    public SearchResult {
        hits = List.copyOf(hits);
        suggestions = List.copyOf(suggestions);
    }

    static SearchResult matched(long total, boolean totalExact, long tookMs, List<SearchHit> hits) {
        return new SearchResult(total, totalExact, tookMs, hits, false, List.of(), null);
    }

    static SearchResult closest(long total, boolean totalExact, long tookMs, List<SearchHit> hits, int suggestions) {
        List<String> names = hits.stream().map(SearchHit::name).distinct().limit(suggestions).toList();
        return new SearchResult(total, totalExact, tookMs, hits, true, names, null);
    }

    /** This answer with the offer to ask, when it is a fallback. */
    public SearchResult offering(AskOffer offer) {
        return fallback ? new SearchResult(total, totalExact, tookMs, hits, true, suggestions, offer) : this;
    }
}
