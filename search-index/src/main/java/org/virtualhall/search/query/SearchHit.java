package org.virtualhall.search.query;

import java.util.List;

/** One hit as the hall API returns it; {@code highlight} marks the matched words with {@code <em>}. */
public record SearchHit(String type, String id, String name, String department, List<String> windows,
                        Integer floor, double score, String highlight) {
}
