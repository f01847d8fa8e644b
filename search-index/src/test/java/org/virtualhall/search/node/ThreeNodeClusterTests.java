package org.virtualhall.search.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.search.index.CatalogIndex;
import org.virtualhall.search.index.DocumentType;
import org.virtualhall.search.index.IndexProgress;
import org.virtualhall.search.index.Indexer;
import org.virtualhall.search.index.SearchClients;
import org.virtualhall.search.query.SearchHit;
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

    private static final String QUERY = "领结婚证";
    private static final String EXPECTED = "结婚登记";

    @Test
    void everyNodeHoldsThePublicationAndSearchOutlivesTheMaster() throws Exception {
        ElasticsearchCluster cluster = ElasticsearchCluster.start("hall-search", 3, Path.of("target", "es-cluster").toAbsolutePath(),
                "384m", Duration.ofMinutes(4));
        try (cluster) {
            List<ElasticsearchNode> nodes = cluster.nodes();
            ElasticsearchClient indexing = SearchClients.forIndexing(nodes.get(0).url());
            new CatalogIndex(indexing, null).rebuild(TestCatalog.hall(), IndexProgress.SILENT);
            String generation = awaitGreen(nodes.get(0));
            long published = JsonHttp.to(nodes.get(0).url()).json("/" + generation + "/_count").path("count").asLong();
            assertThat(published).isPositive();
            for (ElasticsearchNode node : nodes) {
                assertThat(localCount(node, generation)).as("documents held by " + node.url()).isEqualTo(published);
            }

            ElasticsearchNode master = cluster.master(nodes.get(0));
            cluster.kill(master);
            List<ElasticsearchNode> left = nodes.stream().filter(n -> n != master).toList();
            for (ElasticsearchNode node : left) {
                SearchService search = new SearchService(SearchClients.create(node.url()));
                for (int i = 0; i < 20; i++) {
                    assertThat(search.search(new SearchQuery(QUERY, Optional.of(DocumentType.ITEM), Optional.empty(),
                            Optional.empty(), 3)).hits()).as("search at " + node.url() + " with the master gone")
                            .extracting(SearchHit::name).contains(EXPECTED);
                }
            }
            awaitGreen(left.get(0));
            assertThat(JsonHttp.to(left.get(0).url()).json("/_cluster/health").path("number_of_nodes").asInt()).isEqualTo(2);
        } finally {
            cluster.nodes().forEach(node -> WorkDirs.delete(node.workDir()));
        }
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
}
