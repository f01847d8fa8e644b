package org.virtualhall.search.api;

import java.util.List;
import org.virtualhall.search.cache.ResultCache;
import org.virtualhall.search.query.SearchQuery;
import org.virtualhall.search.query.SearchResult;

/** The API's caches: search answers by query, suggestions by the text typed so far. */
public record SearchCaches(ResultCache<SearchQuery, SearchResult> results, ResultCache<String, List<String>> suggestions) {
}
