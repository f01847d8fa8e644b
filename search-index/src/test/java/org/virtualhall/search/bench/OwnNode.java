package org.virtualhall.search.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.virtualhall.launch.process.FreePorts;
import org.virtualhall.search.index.SearchClients;
import org.virtualhall.search.node.ElasticsearchNode;
import org.virtualhall.search.node.NodeLayout;
import org.virtualhall.search.node.NodeOptions;
import org.virtualhall.search.testing.WorkDirs;

/** A bench on a node of its own, on a free port (never the one ./hall up runs): runs it, writes its report as JSON, removes the node. */
final class OwnNode {

    @FunctionalInterface
    interface Bench {
        Map<String, Object> run(ElasticsearchNode node, ElasticsearchClient client) throws Exception;
    }

    private OwnNode() {
    }

    static void run(Path out, Bench bench) throws Exception {
        int port = FreePorts.next();
        Path work = Path.of("target", "bench-node", Integer.toString(port)).toAbsolutePath();
        System.out.println("starting a bench node on 127.0.0.1:" + port + " …");
        try (ElasticsearchNode node = ElasticsearchNode.start(NodeLayout.fromBuild(), NodeOptions.of(work, port));
             ElasticsearchClient client = SearchClients.forIndexing(node.url())) {
            Map<String, Object> report = bench.run(node, client);
            Files.createDirectories(out.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
            System.out.println("written " + out);
            node.close();
            WorkDirs.delete(node.workDir());
        }
        System.exit(0);
    }
}
