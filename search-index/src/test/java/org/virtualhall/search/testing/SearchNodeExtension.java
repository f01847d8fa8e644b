package org.virtualhall.search.testing;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.virtualhall.launch.process.FreePorts;
import org.virtualhall.search.node.ElasticsearchNode;
import org.virtualhall.search.node.NodeLayout;
import org.virtualhall.search.node.NodeOptions;

/**
 * One real Elasticsearch node for the whole test run, shared by every test class that uses this
 * extension; stopped when the run ends. With {@code -Dhall.search.url=...} the tests use that
 * cluster and nothing is launched.
 */
public final class SearchNodeExtension implements BeforeAllCallback {

    private static final String KEY = SearchNodeExtension.class.getName();

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, key -> SharedNode.start(), SharedNode.class);
    }

    /** The cluster the tests talk to. */
    public static URI url() {
        return SharedNode.current.url;
    }

    private static final class SharedNode implements ExtensionContext.Store.CloseableResource {

        private static SharedNode current;

        private final URI url;
        private final ElasticsearchNode node;

        private SharedNode(URI url, ElasticsearchNode node) {
            this.url = url;
            this.node = node;
        }

        static SharedNode start() {
            String configured = System.getProperty("hall.search.url", "");
            if (!configured.isBlank()) {
                current = new SharedNode(URI.create(configured), null);
                return current;
            }
            int port = FreePorts.next();
            Path workDir = Path.of("target", "es-test", Integer.toString(port)).toAbsolutePath();
            ElasticsearchNode node = ElasticsearchNode.start(NodeLayout.fromBuild(), NodeOptions.of(workDir, port));
            current = new SharedNode(node.url(), node);
            return current;
        }

        @Override
        public void close() {
            if (node == null) {
                return;
            }
            node.close();
            WorkDirs.delete(node.workDir());
        }
    }
}
