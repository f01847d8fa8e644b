package org.virtualhall.search.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.virtualhall.search.api.SearchApiApplication;
import org.virtualhall.search.index.CatalogDocuments;
import org.virtualhall.search.index.CatalogIndex;
import org.virtualhall.search.index.DocumentType;
import org.virtualhall.search.index.IndexProgress;
import org.virtualhall.search.index.SearchClients;
import org.virtualhall.search.index.SearchDocument;
import org.virtualhall.search.node.ElasticsearchNode;
import org.virtualhall.search.node.FreePorts;
import org.virtualhall.search.node.NodeLayout;
import org.virtualhall.search.node.NodeOptions;
import org.virtualhall.search.query.SearchHit;
import org.virtualhall.search.query.SearchQuery;
import org.virtualhall.search.query.SearchService;
import org.virtualhall.search.testing.TestCatalog;

/**
 * {@code ./hall bench search}: on a node of its own (never the one ./hall up runs), relevance of
 * the hall's analysis against a {@code standard}-analyzer baseline, the build time of a 10,000-item
 * index, and QPS / p50 / p99 of the search API under 32 concurrent HTTP clients.
 * Arguments: the JSON file to write, and optionally the load duration in seconds (default 30).
 */
public final class SearchBench {

    private static final int ITEMS = 10_000;
    private static final int CLIENTS = 32;

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/search.json");
        Duration duration = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 30);
        int port = FreePorts.next();
        Path work = Path.of("target", "bench-node", Integer.toString(port)).toAbsolutePath();
        System.out.println("starting a bench node on 127.0.0.1:" + port + " …");
        try (ElasticsearchNode node = ElasticsearchNode.start(NodeLayout.fromBuild(), NodeOptions.of(work, port));
             ElasticsearchClient client = SearchClients.create(node.url())) {
            Map<String, Object> report = run(node.url(), client, duration);
            Files.createDirectories(out.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
            System.out.println("written " + out);
        }
        System.exit(0);
    }

    private static Map<String, Object> run(URI url, ElasticsearchClient client, Duration duration) throws Exception {
        List<BenchQuery> queries = BenchQuery.load();
        List<SearchDocument> catalog = CatalogDocuments.of(TestCatalog.hall());
        CatalogIndex index = new CatalogIndex(client, null);
        index.rebuild(catalog, IndexProgress.SILENT);
        SearchService service = new SearchService(client);
        List<String> hallMisses = new ArrayList<>();
        Map<String, Relevance.Rate> hall = Relevance.measure(queries, q -> itemNames(service, q), hallMisses);

        BaselineIndex baseline = new BaselineIndex(client);
        baseline.build(catalog.stream().filter(d -> d.type().equals(DocumentType.ITEM.code())).toList());
        Map<String, Relevance.Rate> standard = Relevance.measure(queries, baseline::search, new ArrayList<>());
        printRelevance(hall, standard, hallMisses);

        List<SearchDocument> big = Variations.of(catalog, ITEMS);
        long t0 = System.nanoTime();
        index.rebuild(big, (type, done, total) -> System.out.printf("  indexing %-6s %5d/%d%n", type.code(), done, total));
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("%nindex build: %d documents in %d ms%n", big.size(), buildMs);

        LoadRun.Result load = load(url, queries, duration);
        System.out.printf("load: %d clients for %.0f s over HTTP: %.0f QPS, p50 %.1f ms, p99 %.1f ms, %d errors of %d%n",
                CLIENTS, load.seconds(), load.qps(), load.p50Ms(), load.p99Ms(), load.errors(), load.requests());

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("queries", queries.size());
        report.put("relevance", Map.of("hall", hall, "standardBaseline", standard));
        report.put("missesTop3", hallMisses);
        report.put("indexBuild", Map.of("documents", big.size(), "ms", buildMs));
        report.put("load", Map.of("clients", CLIENTS, "documents", big.size(), "result", load));
        report.put("targets", Map.of("colloquialTop3", ">= 0.95", "p99Ms", "<= 30", "qps", ">= 500", "buildMs", "<= 20000"));
        return report;
    }

    private static LoadRun.Result load(URI url, List<BenchQuery> queries, Duration duration) throws Exception {
        try (ConfigurableApplicationContext api = SpringApplication.run(SearchApiApplication.class,
                "--server.port=0", "--hall.search.url=" + url, "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            URI apiUrl = URI.create("http://127.0.0.1:" + api.getEnvironment().getProperty("local.server.port"));
            List<String> texts = queries.stream().map(BenchQuery::text).toList();
            LoadRun.run(apiUrl, texts, CLIENTS, Duration.ofSeconds(5));
            return LoadRun.run(apiUrl, texts, CLIENTS, duration);
        }
    }

    private static List<String> itemNames(SearchService service, String text) {
        SearchQuery query = new SearchQuery(text, Optional.of(DocumentType.ITEM), Optional.empty(), Optional.empty(), 3);
        return service.search(query).hits().stream().map(SearchHit::name).toList();
    }

    private static void printRelevance(Map<String, Relevance.Rate> hall, Map<String, Relevance.Rate> standard,
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
