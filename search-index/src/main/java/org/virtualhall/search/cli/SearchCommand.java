package org.virtualhall.search.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;
import org.virtualhall.search.index.CatalogIndex;
import org.virtualhall.search.index.DocumentType;
import org.virtualhall.search.index.SearchClients;
import org.virtualhall.search.node.ElasticsearchNode;
import org.virtualhall.search.node.NodeLayout;
import org.virtualhall.search.node.NodeOptions;

/**
 * What the launcher runs ({@code tools/launcher/parts/10-search.sh}):
 * <pre>
 *   up PORT WORKDIR [SYNONYMS]   start a node on 127.0.0.1:PORT, index the hall, run until stopped;
 *                                the node's pid goes to WORKDIR.pid (the node itself may live in a
 *                                stand-in folder under /var/tmp, see ReachableCopy)
 *   node PORT WORKDIR            start a node on 127.0.0.1:PORT with nothing indexed (the internal network's
 *                                own, filled by the approval system), run until stopped
 *   reindex URL [SYNONYMS]       rebuild the hall's indices in a running cluster (synonym reload)
 * </pre>
 */
public final class SearchCommand {

    private SearchCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("up")) {
            ElasticsearchNode node = run(Integer.parseInt(args[1]), Path.of(args[2]));
            try (ElasticsearchClient client = SearchClients.forIndexing(node.url())) {
                reindex(client, synonyms(args, 3));
            }
            untilStopped();
        } else if (args.length >= 3 && args[0].equals("node")) {
            run(Integer.parseInt(args[1]), Path.of(args[2]));
            untilStopped();
        } else if (args.length >= 2 && args[0].equals("reindex")) {
            try (ElasticsearchClient client = SearchClients.forIndexing(URI.create(args[1]))) {
                reindex(client, synonyms(args, 2));
            }
        } else {
            System.err.println("usage: up PORT WORKDIR [SYNONYMS] | node PORT WORKDIR | reindex URL [SYNONYMS]");
            System.exit(2);
        }
    }

    private static final CountDownLatch STOPPED = new CountDownLatch(1);
    /**
     * How long the node may take to become healthy: on two cores shared with the other parts starting at the same
     * time (./hall up, the journey's stack) a node has taken over two minutes; whoever started this process waits
     * on its own health check and gives up first if it wants to.
     */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    /** Starts a node that stops with this process. */
    private static ElasticsearchNode run(int port, Path workDir) throws IOException {
        NodeOptions options = NodeOptions.of(workDir, port);
        ElasticsearchNode node = ElasticsearchNode.start(NodeLayout.fromBuild(), new NodeOptions(options.workDir(),
                options.httpPort(), options.transportPort(), options.heap(), START_TIMEOUT));
        // where ./hall down finds a node whose launcher was killed hard, wherever its folders are
        Files.writeString(nodePidFile(workDir), Long.toString(node.pid()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            nodePidFile(workDir).toFile().delete();
            STOPPED.countDown();
        }, "stop-elasticsearch"));
        System.out.println("Elasticsearch is up at " + node.url());
        return node;
    }

    private static void untilStopped() throws InterruptedException {
        STOPPED.await();
    }

    private static Path nodePidFile(Path workDir) {
        return workDir.toAbsolutePath().resolveSibling(workDir.getFileName() + ".pid");
    }

    private static void reindex(ElasticsearchClient client, Path synonyms) throws IOException {
        Hall hall = HallLoader.fromClasspath();
        long start = System.nanoTime();
        Map<DocumentType, String> built = new CatalogIndex(client, synonyms).rebuild(hall,
                (type, done, total) -> System.out.printf("indexing %-6s %5d/%d%n", type.code(), done, total));
        System.out.printf("indexed into %s in %d ms%n", built.values(), (System.nanoTime() - start) / 1_000_000);
    }

    private static Path synonyms(String[] args, int at) {
        return args.length > at && !args[at].isBlank() ? Path.of(args[at]) : null;
    }
}
