package org.virtualhall.search.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtualhall.search.index.SearchDocument;
import org.virtualhall.search.query.SearchHit;
import org.virtualhall.search.query.SearchService;

/** One half of the citizen queries, measured on the hall's search and on the stock-analyzer baseline, by item code. */
record CitizenRelevance(String resource, Map<String, Relevance.Rate> hall, Map<String, Relevance.Rate> standard,
                        List<String> misses) {

    static CitizenRelevance measure(String resource, SearchService service, BaselineIndex baseline) {
        List<BenchQuery> queries = BenchQuery.load(resource);
        List<String> misses = new ArrayList<>();
        Map<String, Relevance.Rate> hall = Relevance.measure(queries, q -> SearchBench.items(service, q, SearchHit::id), misses);
        Map<String, Relevance.Rate> standard = Relevance.measure(queries,
                q -> SearchBench.answers(baseline.search(q), SearchDocument::id), new ArrayList<>());
        System.out.printf("%n%s%n", resource);
        SearchBench.printRelevance(hall, standard, misses);
        return new CitizenRelevance(resource, hall, standard, misses);
    }

    Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("queries", resource);
        report.put("hall", hall);
        report.put("standardBaseline", standard);
        report.put("missesTop3", misses);
        return report;
    }
}
