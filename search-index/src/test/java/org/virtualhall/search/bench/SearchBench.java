package org.virtualhall.search.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.virtualhall.search.cache.ResultCache;
import org.virtualhall.search.index.CatalogDocuments;
import org.virtualhall.search.index.CatalogIndex;
import org.virtualhall.search.index.DocumentType;
import org.virtualhall.search.index.IndexProgress;
import org.virtualhall.search.index.SearchDocument;
import org.virtualhall.search.node.ElasticsearchNode;
import org.virtualhall.search.query.SearchHit;
import org.virtualhall.search.query.SearchQuery;
import org.virtualhall.search.query.SearchService;
import org.virtualhall.search.testing.TestCatalog;

/**
 * {@code ./hall bench search}: on a node of its own (never the one ./hall up runs), relevance of
 * the hall's analysis against a {@code standard}-analyzer baseline, the build time of a 10,000-item
 * index, and QPS / p50 / p99 of the search API under 32 concurrent HTTP clients, after a warm-up:
 * without the API's result cache as fast as the clients can go (the bench queries in turn, and a
 * Zipf-distributed mix), then paced at 500 searches a second (the same two mixes), then with the
 * cache (the Zipf mix). The top-level {@code qps}, {@code p50Ms}, {@code p99Ms} are the first,
 * {@code pacedP99Ms} the third.
 * Arguments: the JSON file to write, and optionally the load duration in seconds (default 30).
 */
public final class SearchBench {

    private static final int ITEMS = 10_000;
    private static final int CLIENTS = 32;
    static final double ZIPF_EXPONENT = 1.0;
    /** The rate the targets speak of: p99 ≤ 30 ms while serving 500 searches a second. */
    private static final double PACED_PER_SECOND = 500;

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/search.json");
        Duration duration = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 30);
        OwnNode.run(out, (node, client) -> run(node, client, duration));
    }

    private static Map<String, Object> run(ElasticsearchNode node, ElasticsearchClient client, Duration duration)
            throws Exception {
        List<BenchQuery> queries = BenchQuery.load();
        List<SearchDocument> catalog = CatalogDocuments.of(TestCatalog.hall());
        System.out.println("catalog: " + TestCatalog.items().size() + " items (assets)");
        CatalogIndex index = new CatalogIndex(client, null);
        index.rebuild(catalog, IndexProgress.SILENT);
        SearchService service = new SearchService(client);
        List<String> hallMisses = new ArrayList<>();
        Map<String, Relevance.Rate> hall = Relevance.measure(queries, q -> items(service, q, SearchHit::name), hallMisses);

        BaselineIndex baseline = new BaselineIndex(client);
        baseline.build(catalog.stream().filter(d -> d.type().equals(DocumentType.ITEM.code())).toList());
        Map<String, Relevance.Rate> standard = Relevance.measure(queries, q -> answers(baseline.search(q), SearchDocument::name),
                new ArrayList<>());
        System.out.printf("%n%s%n", BenchQuery.BENCH);
        printRelevance(hall, standard, hallMisses);
        CitizenRelevance tuning = CitizenRelevance.measure(BenchQuery.CITIZEN_TUNING, service, baseline);
        CitizenRelevance heldOut = CitizenRelevance.measure(BenchQuery.CITIZEN_HELD_OUT, service, baseline);

        List<SearchDocument> big = Variations.of(catalog, ITEMS);
        long t0 = System.nanoTime();
        index.rebuild(big, (type, done, total) -> System.out.printf("  indexing %-6s %5d/%d%n", type.code(), done, total));
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("%nindex build: %d documents in %d ms%n", big.size(), buildMs);

        List<String> texts = queries.stream().map(BenchQuery::text).toList();
        QueryMix inTurn = QueryMix.inTurn(texts);
        List<String> seeds = new ArrayList<>(texts);
        catalog.forEach(doc -> seeds.add(doc.name()));
        QueryMix zipf = QueryMix.zipf(seeds, ZIPF_EXPONENT);
        System.out.printf("%nload: %d clients, %.0f s each, over HTTP to the hall API (kept-alive connections)%n",
                CLIENTS, (double) duration.toSeconds());
        BenchApi.WarmUp warmUp;
        LoadRun.Result uncached;
        LoadRun.Result zipfUncached;
        LoadRun.Result paced;
        LoadRun.Result zipfPaced;
        try (BenchApi api = BenchApi.start(node.url(), false, CLIENTS)) {
            warmUp = api.warmUp(inTurn, node.pid());
            uncached = api.load("no cache, the bench queries in turn", inTurn, 0, node.pid(), duration);
            zipfUncached = api.load("no cache, Zipf mix of " + zipf.distinct() + " distinct queries", zipf, 0, node.pid(), duration);
            paced = api.load("no cache, the bench queries in turn, paced", inTurn, PACED_PER_SECOND, node.pid(), duration);
            zipfPaced = api.load("no cache, Zipf mix, paced", zipf, PACED_PER_SECOND, node.pid(), duration);
        }
        LoadRun.Result cached;
        ResultCache.Stats cache;
        try (BenchApi api = BenchApi.start(node.url(), true, CLIENTS)) {
            ResultCache.Stats before = api.cacheStats();
            cached = api.load("cache on, the same Zipf mix", zipf, 0, node.pid(), duration);
            ResultCache.Stats after = api.cacheStats();
            cache = new ResultCache.Stats(after.hits() - before.hits(), after.misses() - before.misses());
        }
        System.out.printf("  cache hit ratio during the cached run: %.1f %%%n", 100 * cache.hitRatio());

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("qps", uncached.qps());
        report.put("p50Ms", uncached.p50Ms());
        report.put("p99Ms", uncached.p99Ms());
        report.put("buildMs", buildMs);
        report.put("colloquialTop3", hall.get("colloquial").top3Rate());
        report.put("colloquialTop3Standard", standard.get("colloquial").top3Rate());
        report.put("allTop3", hall.get("all").top3Rate());
        report.put("citizenTuningTop1", tuning.hall().get("all").top1Rate());
        report.put("citizenTuningTop3", tuning.hall().get("all").top3Rate());
        report.put("citizenTuningTop1Standard", tuning.standard().get("all").top1Rate());
        report.put("citizenTuningTop3Standard", tuning.standard().get("all").top3Rate());
        report.put("citizenHeldOutTop1", heldOut.hall().get("all").top1Rate());
        report.put("citizenHeldOutTop3", heldOut.hall().get("all").top3Rate());
        report.put("citizenHeldOutTop1Standard", heldOut.standard().get("all").top1Rate());
        report.put("citizenHeldOutTop3Standard", heldOut.standard().get("all").top3Rate());
        report.put("citizenZeroResults", tuning.hall().get("all").zeroResults() + heldOut.hall().get("all").zeroResults());
        report.put("zipfUncachedQps", zipfUncached.qps());
        report.put("zipfUncachedP99Ms", zipfUncached.p99Ms());
        report.put("pacedPerSecond", PACED_PER_SECOND);
        report.put("pacedQps", paced.qps());
        report.put("pacedP50Ms", paced.p50Ms());
        report.put("pacedP99Ms", paced.p99Ms());
        report.put("zipfPacedP99Ms", zipfPaced.p99Ms());
        report.put("cachedQps", cached.qps());
        report.put("cachedP50Ms", cached.p50Ms());
        report.put("cachedP99Ms", cached.p99Ms());
        report.put("cacheHitRatio", cache.hitRatio());
        report.put("queries", queries.size());
        report.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report.put("relevance", Map.of("hall", hall, "standardBaseline", standard));
        report.put("missesTop3", hallMisses);
        report.put("citizen", Map.of("tuning", tuning.report(), "heldOut", heldOut.report()));
        report.put("indexBuild", Map.of("documents", big.size(), "ms", buildMs));
        report.put("warmUp", warmUp);
        report.put("load", Map.of("clients", CLIENTS, "documents", big.size(), "cache", false,
                "mix", "the bench queries in turn", "result", uncached));
        report.put("loadZipfUncached", Map.of("clients", CLIENTS, "documents", big.size(), "cache", false,
                "mix", "Zipf s=" + ZIPF_EXPONENT + " over " + zipf.distinct() + " distinct queries", "result", zipfUncached));
        report.put("loadPaced", Map.of("clients", CLIENTS, "documents", big.size(), "cache", false,
                "mix", "the bench queries in turn", "perSecond", PACED_PER_SECOND, "result", paced));
        report.put("loadZipfPaced", Map.of("clients", CLIENTS, "documents", big.size(), "cache", false,
                "mix", "Zipf s=" + ZIPF_EXPONENT + " over " + zipf.distinct() + " distinct queries",
                "perSecond", PACED_PER_SECOND, "result", zipfPaced));
        report.put("loadZipfCached", Map.of("clients", CLIENTS, "documents", big.size(), "cache", true,
                "mix", "Zipf s=" + ZIPF_EXPONENT + " over " + zipf.distinct() + " distinct queries", "result", cached,
                "cacheHits", cache.hits(), "cacheMisses", cache.misses()));
        report.put("targets", Map.of("colloquialTop3", ">= 0.95", "citizenHeldOutTop3", ">= 0.95", "citizenZeroResults", "0",
                "pacedP99Ms", "<= 30 at 500/s", "qps", ">= 500", "buildMs", "<= 20000"));
        return report;
    }

    /** The first three items the hall's search answers, as names or codes. */
    static List<String> items(SearchService service, String text, Function<SearchHit, String> answer) {
        SearchQuery query = new SearchQuery(text, Optional.of(DocumentType.ITEM), Optional.empty(), Optional.empty(), 3);
        return service.search(query).hits().stream().map(answer).toList();
    }

    static List<String> answers(List<SearchDocument> hits, Function<SearchDocument, String> answer) {
        return hits.stream().map(answer).toList();
    }

    static void printRelevance(Map<String, Relevance.Rate> hall, Map<String, Relevance.Rate> standard,
                                       List<String> misses) {
        System.out.printf("%nrelevance           hall top-1  top-3   | standard top-1  top-3%n");
        hall.forEach((kind, rate) -> {
            Relevance.Rate base = standard.get(kind);
            System.out.printf("%-12s %4d    %5.1f%%  %5.1f%%   |        %5.1f%%  %5.1f%%%n", kind, rate.queries(),
                    100 * rate.top1Rate(), 100 * rate.top3Rate(), 100 * base.top1Rate(), 100 * base.top3Rate());
        });
        misses.forEach(miss -> System.out.println("  not in top 3: " + miss));
    }
}
