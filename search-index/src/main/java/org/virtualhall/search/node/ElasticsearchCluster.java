package org.virtualhall.search.node;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.nodes.info.NodeInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.virtualhall.launch.process.FreePorts;
import org.virtualhall.search.index.SearchClients;

/**
 * Several nodes of one cluster on this host, started together (none is yellow before a master is elected), each on
 * free ports with its folders under one root. For tests and benchmarks that take nodes away.
 */
public final class ElasticsearchCluster implements AutoCloseable {

    private final List<ElasticsearchNode> nodes;

    private ElasticsearchCluster(List<ElasticsearchNode> nodes) {
        this.nodes = nodes;
    }

    public static ElasticsearchCluster start(String name, int size, Path workRoot, String heap, Duration startTimeout) {
        List<Integer> transport = IntStream.range(0, size).mapToObj(i -> FreePorts.next()).toList();
        List<CompletableFuture<ElasticsearchNode>> starting = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int http = FreePorts.next();
            NodeOptions options = new NodeOptions(workRoot.resolve(name + "-" + http), http, transport.get(i), heap,
                    startTimeout);
            Membership membership = Membership.member(name, i, transport);
            starting.add(CompletableFuture.supplyAsync(() -> ElasticsearchNode.start(NodeLayout.fromBuild(), options,
                    membership)));
        }
        List<ElasticsearchNode> started = new ArrayList<>();
        RuntimeException failed = null;
        for (CompletableFuture<ElasticsearchNode> node : starting) {
            try {
                started.add(node.join());
            } catch (RuntimeException e) {
                failed = e;
            }
        }
        if (failed != null) {
            started.forEach(ElasticsearchNode::close);
            throw failed;
        }
        return new ElasticsearchCluster(List.copyOf(started));
    }

    public List<ElasticsearchNode> nodes() {
        return nodes;
    }

    /** The elected master, as {@code node}'s view of the cluster has it. */
    public ElasticsearchNode master(ElasticsearchNode asking) {
        ElasticsearchClient client = SearchClients.create(asking.url());
        try {
            String name = client.cat().master().valueBody().get(0).node();
            Map<String, NodeInfo> info = client.nodes().info(i -> i.metric("http")).nodes();
            String address = info.values().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow()
                    .http().publishAddress();
            int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
            return nodes.stream().filter(n -> n.url().getPort() == port).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the node as a crash would (SIGKILL). */
    public void kill(ElasticsearchNode node) {
        ProcessHandle.of(node.pid()).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() {
        nodes.forEach(ElasticsearchNode::close);
    }
}
