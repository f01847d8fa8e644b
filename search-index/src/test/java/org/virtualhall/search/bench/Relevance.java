package org.virtualhall.search.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Top-1 and top-3 hit rates of a search function over the query set, per kind and overall. */
final class Relevance {

    record Rate(int queries, int top1, int top3) {
        double top1Rate() {
            return queries == 0 ? 0 : (double) top1 / queries;
        }

        double top3Rate() {
            return queries == 0 ? 0 : (double) top3 / queries;
        }

        Rate plus(boolean first, boolean inThree) {
            return new Rate(queries + 1, top1 + (first ? 1 : 0), top3 + (inThree ? 1 : 0));
        }
    }

    private Relevance() {
    }

    /** Rates by kind, plus "all"; {@code misses} collects the queries whose item was not in the top 3. */
    static Map<String, Rate> measure(List<BenchQuery> queries, Function<String, List<String>> search, List<String> misses) {
        Map<String, Rate> rates = new TreeMap<>();
        Rate all = new Rate(0, 0, 0);
        for (BenchQuery query : queries) {
            List<String> names = search.apply(query.text());
            boolean first = !names.isEmpty() && names.get(0).equals(query.expected());
            boolean inThree = names.stream().limit(3).anyMatch(query.expected()::equals);
            if (!inThree) {
                misses.add(query.text() + " → " + names.stream().limit(3).toList());
            }
            rates.merge(query.kind(), new Rate(0, 0, 0).plus(first, inThree),
                    (a, b) -> new Rate(a.queries() + b.queries(), a.top1() + b.top1(), a.top3() + b.top3()));
            all = all.plus(first, inThree);
        }
        Map<String, Rate> result = new LinkedHashMap<>(rates);
        result.put("all", all);
        return result;
    }
}
