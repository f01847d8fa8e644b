package org.virtualhall.search.node;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Which cluster a node belongs to: alone (the default, one node per network), or one of several nodes on this host
 * that find each other by their transport ports and elect a master among the named nodes at their first start.
 *
 * @param clusterName  the cluster's name; empty for a node alone
 * @param nodeName     this node's name
 * @param seedPorts    the transport ports of the cluster's nodes on 127.0.0.1
 * @param masterNodes  the nodes that vote in the first election
 */
public record Membership(String clusterName, String nodeName, List<Integer> seedPorts, List<String> masterNodes) {

    public Membership {
        seedPorts = List.copyOf(seedPorts);
        masterNodes = List.copyOf(masterNodes);
    }

    public static Membership alone() {
        return new Membership("", "", List.of(), List.of());
    }

    /** Node {@code index} of a cluster whose nodes are named {@code name-1 … name-n}, one per transport port. */
    public static Membership member(String name, int index, List<Integer> transportPorts) {
        List<String> nodes = IntStream.rangeClosed(1, transportPorts.size())
                .mapToObj(i -> name + "-" + i).toList();
        return new Membership(name, nodes.get(index), transportPorts, nodes);
    }

    Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        if (clusterName.isEmpty()) {
            settings.put("discovery.type", "single-node");
            return settings;
        }
        settings.put("cluster.name", clusterName);
        settings.put("node.name", nodeName);
        settings.put("discovery.seed_hosts", seedPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(",")));
        settings.put("cluster.initial_master_nodes", String.join(",", masterNodes));
        return settings;
    }
}
