package org.virtualhall.search.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.virtualhall.launch.process.ProcessSpec;
import org.virtualhall.launch.process.ServerProcess;

/**
 * One real Elasticsearch node from the Maven Central distribution: loopback only, security off, small heap, the
 * hall's analysis plugin installed; alone, or one of a cluster's nodes on this host ({@link Membership}).
 * {@link #start} returns once the cluster is yellow; {@link #close} stops the node by its pid.
 */
public final class ElasticsearchNode implements AutoCloseable {

    private static final Object PREPARING = new Object();

    private final ServerProcess process;
    private final Path pidFile;
    private final URI url;
    private final Path workDir;

    private ElasticsearchNode(ServerProcess process, Path pidFile, URI url, Path workDir) {
        this.process = process;
        this.pidFile = pidFile;
        this.url = url;
        this.workDir = workDir;
    }

    public static ElasticsearchNode start(NodeLayout built, NodeOptions options) {
        return start(built, options, Membership.alone());
    }

    /** Starts a node of a cluster; its fellow nodes must start at the same time, as no cluster is yellow before. */
    public static ElasticsearchNode start(NodeLayout built, NodeOptions options, Membership membership) {
        RunAs runAs = RunAs.current();
        ReachableCopy reachable = new ReachableCopy(runAs);
        NodeLayout layout;
        // The installer's file lock keeps other processes out, not other threads of this one.
        synchronized (PREPARING) {
            new PluginInstaller(built).ensureInstalled();
            layout = reachable.layout(built);
        }
        Path work = reachable.workDir(options.workDir()).toAbsolutePath();
        prepareWorkDir(layout, work);
        runAs.prepare(work);
        URI url = URI.create("http://127.0.0.1:" + options.httpPort());
        Path pidFile = work.resolve("logs/elasticsearch.pid");
        ServerProcess process = ServerProcess.start(ProcessSpec.of("elasticsearch",
                runAs.command(command(layout, options, membership, work, pidFile)), work.resolve("console.log")));
        ElasticsearchNode node = new ElasticsearchNode(process, pidFile, url, work);
        try {
            new ClusterHealth(url).awaitYellow(options.startTimeout(), process::isAlive);
        } catch (RuntimeException e) {
            node.close();
            throw new IllegalStateException(e.getMessage() + "\n" + process.tail(), e);
        }
        return node;
    }

    public URI url() {
        return url;
    }

    /** The node's own folders: the one asked for, or its stand-in under /var/tmp (see ReachableCopy). */
    public Path workDir() {
        return workDir;
    }

    /** The node's process id (the Elasticsearch JVM, not the launcher), or -1 before it wrote its pid file. */
    public long pid() {
        return readPid().orElse(-1L);
    }

    /** Stops the node by its own pid (TERM, then KILL after 30 s), then the process that launched it; waits for both. */
    @Override
    public void close() {
        Optional<ProcessHandle> elasticsearch = readPid().flatMap(ProcessHandle::of);
        elasticsearch.ifPresent(ProcessHandle::destroy);
        try {
            if (elasticsearch.isPresent()) {
                elasticsearch.get().onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            elasticsearch.ifPresent(ProcessHandle::destroyForcibly);
        }
        process.close();
    }

    private Optional<Long> readPid() {
        try {
            return Files.exists(pidFile) ? Optional.of(Long.parseLong(Files.readString(pidFile).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> command(NodeLayout layout, NodeOptions options, Membership membership, Path work,
                                        Path pidFile) {
        List<String> command = new ArrayList<>(List.of("env",
                "ES_JAVA_HOME=" + System.getProperty("java.home"),
                "ES_PATH_CONF=" + work.resolve("config"),
                "ES_TMPDIR=" + work.resolve("tmp"),
                "ES_JAVA_OPTS=-Xms" + options.heap() + " -Xmx" + options.heap(),
                layout.elasticsearch().toString(), "-p", pidFile.toString()));
        Map<String, String> settings = new LinkedHashMap<>(Map.of(
                "network.host", "127.0.0.1",
                "http.port", Integer.toString(options.httpPort()),
                "transport.port", Integer.toString(options.transportPort()),
                "xpack.security.enabled", "false",
                "path.data", work.resolve("data").toString(),
                "path.logs", work.resolve("logs").toString(),
                // a nearly full disk must not turn the hall's indices read-only
                "cluster.routing.allocation.disk.threshold_enabled", "false"));
        settings.putAll(membership.settings());
        settings.forEach((key, value) -> command.addAll(List.of("-E", key + "=" + value)));
        return command;
    }

    private static void prepareWorkDir(NodeLayout layout, Path work) {
        try {
            for (String dir : List.of("data", "logs", "tmp")) {
                Files.createDirectories(work.resolve(dir));
            }
            Path config = work.resolve("config");
            if (!Files.exists(config)) {
                copyTree(layout.home().resolve("config"), config);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Files.copy(source, to.resolve(from.relativize(source).toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
