package org.virtualhall.launch.part;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * How each part of the hall starts: its main class, JVM options, arguments and health path. ./hall up (through
 * {@link PrintCommand}), the journey's stack and the gateway's process tests all build their command lines here;
 * they add ports, folders and keys of their own, never JVM options.
 */
public enum Part {

    /** Starts an Elasticsearch node (its heap is the node's own), indexes the hall; healthy once the hall is searchable. */
    SEARCH("search", "org.virtualhall.search.cli.SearchCommand", 0, List.of(), "/hall-windows/_count",
            port -> List.of("up", Integer.toString(port))),
    /**
     * The internal network's own Elasticsearch node with the same analysis; empty at start, the approval system
     * indexes into it. Healthy once the cluster is yellow.
     */
    INNER_SEARCH("inner-search", "org.virtualhall.search.cli.SearchCommand", 0, List.of(),
            "/_cluster/health?wait_for_status=yellow&timeout=1s", port -> List.of("node", Integer.toString(port))),
    APPROVAL("approval", "org.virtualhall.approval.ApprovalApplication", 512, List.of(), "/actuator/health",
            Part::springPort),
    GATEWAY_INNER("gateway-inner", Gateway.MAIN, 512, Gateway.JVM, "/actuator/health", Gateway.role("inner")),
    GATEWAY_OUTER("gateway-outer", Gateway.MAIN, 512, Gateway.JVM, "/actuator/health", Gateway.role("outer")),
    GATEWAY_FERRY("gateway-ferry", Gateway.MAIN, 512, Gateway.JVM, "/actuator/health", Gateway.role("ferry")),
    /** The 3D client: no port, no health; it runs until its window closes or its script ends. */
    CLIENT("client", "org.virtualhall.client.Main", 512, List.of(), null, port -> List.of());

    private final String partName;
    private final String mainClass;
    private final int serviceHeapMb;
    private final List<String> jvmOptions;
    private final String healthPath;
    private final IntFunction<List<String>> arguments;

    Part(String partName, String mainClass, int serviceHeapMb, List<String> jvmOptions, String healthPath,
         IntFunction<List<String>> arguments) {
        this.partName = partName;
        this.mainClass = mainClass;
        this.serviceHeapMb = serviceHeapMb;
        this.jvmOptions = jvmOptions;
        this.healthPath = healthPath;
        this.arguments = arguments;
    }

    /** The part by the name ./hall and the logs use, e.g. {@code gateway-outer}. */
    public static Part named(String name) {
        return Arrays.stream(values()).filter(p -> p.partName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part " + name + " (known: " + names() + ")"));
    }

    public static Part gatewayRole(String role) {
        return named("gateway-" + role);
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Part::partName).toList();
    }

    public String partName() {
        return partName;
    }

    public String mainClass() {
        return mainClass;
    }

    /** The JVM options in the given sizing; the heap is the only one that changes. */
    public List<String> jvmOptions(Sizing sizing) {
        List<String> options = new ArrayList<>();
        if (serviceHeapMb > 0) {
            options.add("-Xmx" + sizing.heapMb(serviceHeapMb) + "m");
        }
        options.addAll(jvmOptions);
        options.add("-Dfile.encoding=UTF-8");
        return options;
    }

    /** The part's own arguments when it listens on {@code port} (ignored by a part without one). */
    public List<String> arguments(int port) {
        return arguments.apply(port);
    }

    /** The whole command line: this JVM's java, the options, the program, the part's arguments, then {@code extra}. */
    public List<String> command(Program program, Sizing sizing, int port, List<String> extra) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions(sizing));
        command.addAll(program.javaArguments(mainClass));
        command.addAll(arguments(port));
        command.addAll(extra);
        return command;
    }

    /** Where the part answers 2xx once it is ready, when it listens on {@code port}. */
    public Optional<URI> health(int port) {
        return Optional.ofNullable(healthPath).map(path -> URI.create("http://127.0.0.1:" + port + path));
    }

    private static List<String> springPort(int port) {
        return List.of("--server.port=" + port);
    }

    private static final class Gateway {
        static final String MAIN = "org.virtualhall.gateway.GatewayApplication";
        /**
         * The parallel collector: a store-and-forward service is judged by its throughput, and its latency target
         * leaves room for the pauses that G1's barriers and concurrent marking would avoid at a CPU cost.
         */
        static final List<String> JVM = List.of("-XX:+UseParallelGC");

        static IntFunction<List<String>> role(String role) {
            return port -> List.of("--spring.profiles.active=" + role, "--server.port=" + port);
        }
    }
}
