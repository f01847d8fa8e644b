package org.virtualhall.search.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Top-1 and top-3 hit rates of a search function over a query set, per kind and overall, and the queries answered with nothing. */
final class Relevance {

    record Rate(int queries, int top1, int top3, int zeroResults) {
        double top1Rate() {
            return queries == 0 ? 0 : (double) top1 / queries;
        }

        double top3Rate() {
            return queries == 0 ? 0 : (double) top3 / queries;
        }

        Rate plus(Rate other) {
            return new Rate(queries + other.queries, top1 + other.top1, top3 + other.top3, zeroResults + other.zeroResults);
        }
    }

    private Relevance() {
    }

    /**
     * Rates by kind, plus "all"; {@code misses} collects the queries whose answer was not in the top 3.
     *
     * @param search the first answers (names or codes, as the query set is written) of a search, best first
     */
    static Map<String, Rate> measure(List<BenchQuery> queries, Function<String, List<String>> search, List<String> misses) {
        Map<String, Rate> rates = new TreeMap<>();
        Rate all = new Rate(0, 0, 0, 0);
        for (BenchQuery query : queries) {
            List<String> answers = search.apply(query.text());
            boolean first = !answers.isEmpty() && query.answeredBy(answers.get(0));
            boolean inThree = answers.stream().limit(3).anyMatch(query::answeredBy);
            if (!inThree) {
                misses.add(query.text() + " → " + answers.stream().limit(3).toList() + " (expected " + query.expected() + ")");
            }
            Rate one = new Rate(1, first ? 1 : 0, inThree ? 1 : 0, answers.isEmpty() ? 1 : 0);
            rates.merge(query.kind(), one, Rate::plus);
            all = all.plus(one);
        }
        Map<String, Rate> result = new LinkedHashMap<>(rates);
        result.put("all", all);
        return result;
    }
}
