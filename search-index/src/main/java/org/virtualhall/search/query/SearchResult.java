package org.virtualhall.search.query;

import java.util.List;

public record SearchResult(long total, long tookMs, List<SearchHit> hits) {
}
