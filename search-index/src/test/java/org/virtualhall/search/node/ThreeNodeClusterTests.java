package org.virtualhall.search.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.launch.process.FreePorts;
import org.virtualhall.search.index.CatalogIndex;
import org.virtualhall.search.index.DocumentType;
import org.virtualhall.search.index.IndexProgress;
import org.virtualhall.search.index.Indexer;
import org.virtualhall.search.index.SearchClients;
import org.virtualhall.search.query.SearchQuery;
import org.virtualhall.search.query.SearchService;
import org.virtualhall.search.testing.TestCatalog;
import org.virtualhall.search.testing.WorkDirs;

/**
 * Three nodes of one cluster on this host, small heaps, as a network's search runs when one machine is not enough. A
 * publication lands a whole copy on every node; with the elected master killed (-9), the others keep answering
 * searches and the cluster heals to green on two nodes.
 */
class ThreeNodeClusterTests {

    private static final int NODES = 3;
    private static final String HEAP = "384m";
    private static final String QUERY = "领结婚证";
    private static final String EXPECTED = "结婚登记";

    @Test
    void everyNodeHoldsThePublicationAndSearchOutlivesTheMaster() throws Exception {
        List<ElasticsearchNode> nodes = startCluster();
        try {
            ElasticsearchClient indexing = SearchClients.forIndexing(nodes.get(0).url());
            new CatalogIndex(indexing, null).rebuild(TestCatalog.hall(), IndexProgress.SILENT);
            String generation = awaitGreen(nodes.get(0));
            long published = JsonHttp.to(nodes.get(0).url()).json("/" + generation + "/_count").path("count").asLong();
            assertThat(published).isPositive();
            for (ElasticsearchNode node : nodes) {
                assertThat(localCount(node, generation)).as("documents held by " + node.url()).isEqualTo(published);
            }

            ElasticsearchNode master = master(nodes);
            ProcessHandle.of(master.pid()).orElseThrow().destroyForcibly();
            List<ElasticsearchNode> left = nodes.stream().filter(n -> n != master).toList();
            for (ElasticsearchNode node : left) {
                SearchService search = new SearchService(SearchClients.create(node.url()));
                for (int i = 0; i < 20; i++) {
                    assertThat(search.search(new SearchQuery(QUERY, Optional.of(DocumentType.ITEM), Optional.empty(),
                            Optional.empty(), 3)).hits()).as("search at " + node.url() + " with the master gone")
                            .extracting(h -> h.name()).contains(EXPECTED);
                }
            }
            awaitGreen(left.get(0));
            assertThat(JsonHttp.to(left.get(0).url()).json("/_cluster/health").path("number_of_nodes").asInt()).isEqualTo(2);
        } finally {
            for (ElasticsearchNode node : nodes) {
                node.close();
                WorkDirs.delete(node.workDir());
            }
        }
    }

    private List<ElasticsearchNode> startCluster() {
        List<Integer> transport = IntStream.range(0, NODES).mapToObj(i -> FreePorts.next()).toList();
        List<CompletableFuture<ElasticsearchNode>> starting = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            int index = i;
            int http = FreePorts.next();
            Path workDir = Path.of("target", "es-cluster", Integer.toString(http)).toAbsolutePath();
            NodeOptions options = new NodeOptions(workDir, http, transport.get(i), HEAP, Duration.ofMinutes(4));
            starting.add(CompletableFuture.supplyAsync(() -> ElasticsearchNode.start(NodeLayout.fromBuild(), options,
                    Membership.member("hall-search", index, transport))));
        }
        return starting.stream().map(CompletableFuture::join).toList();
    }

    /** Waits for every copy of every index to be placed; @return the index the hall's aliases point to */
    private static String awaitGreen(ElasticsearchNode node) throws IOException {
        JsonHttp http = JsonHttp.to(node.url());
        // answers 408 while it waits in vain, with the status so far
        await().atMost(Duration.ofMinutes(2)).until(() -> "green".equals(
                http.get("/_cluster/health?wait_for_status=green&timeout=5s").json().path("status").asText()));
        Set<String> indices = new Indexer(SearchClients.create(node.url())).indicesOf(DocumentType.ALL_ALIAS);
        assertThat(indices).hasSize(1);
        return indices.iterator().next();
    }

    private static long localCount(ElasticsearchNode node, String index) {
        return JsonHttp.to(node.url()).json("/" + index + "/_count?preference=_only_local").path("count").asLong();
    }

    private static ElasticsearchNode master(List<ElasticsearchNode> nodes) {
        JsonHttp http = JsonHttp.to(nodes.get(0).url());
        String masterName = http.json("/_cat/master?format=json").get(0).path("node").asText();
        Map<String, Integer> httpPortByName = StreamSupport.stream(http.json("/_nodes/http").path("nodes").spliterator(), false)
                .collect(Collectors.toMap(n -> n.path("name").asText(), ThreeNodeClusterTests::httpPort));
        int port = httpPortByName.get(masterName);
        return nodes.stream().filter(n -> n.url().getPort() == port).findFirst().orElseThrow();
    }

    private static int httpPort(JsonNode node) {
        String address = node.path("http").path("publish_address").asText();
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }
}
