package org.virtualhall.journey;

import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.virtualhall.launch.http.CitizenSignIn;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.launch.http.SmsOutbox;
import org.virtualhall.launch.part.Part;
import org.virtualhall.launch.part.Program;
import org.virtualhall.launch.part.Sizing;
import org.virtualhall.launch.process.FreePorts;
import org.virtualhall.launch.process.ProcessSpec;
import org.virtualhall.launch.process.ServerProcess;
import org.virtualhall.model.hall.HallLoader;
import org.virtualhall.search.index.CatalogIndex;
import org.virtualhall.search.index.IndexProgress;
import org.virtualhall.search.index.SearchClients;
import org.virtualhall.search.node.ElasticsearchNode;
import org.virtualhall.search.node.NodeLayout;
import org.virtualhall.search.node.NodeOptions;

/**
 * The whole server side of the hall as real processes, the way {@code ./hall up} runs it but on free ports,
 * in a temporary folder, with keys of its own: Elasticsearch with the hall's analysis plugin and the shipped
 * catalog indexed, the internal network's own search node (started as {@code ./hall up} starts it, empty: the approval
 * system indexes into it), the approval system, the inner and outer gateway roles and the gap ferry, each from this
 * build. Logs are kept in {@code target/journey/logs}; {@link #close} stops everything that was started.
 */
public final class HallStack implements AutoCloseable {

    /** Generous: on a loaded machine (2 cores shared with other builds) the JVMs and the node start slowly. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    /** The home folder of the stack's gateway roles, under the stack's folder. */
    private static final String GATEWAY = "gateway";
    /** How long a citizen's access token lasts on the stack's outer role. */
    static final Duration TOKEN_TTL = Duration.ofSeconds(20);

    private final Path home;
    private final Path logs;
    private final List<ServerProcess> processes = new ArrayList<>();
    private final String gapKey = randomKey();
    private final String tokenKey = randomKey();
    private ElasticsearchNode search;
    private URI outer;
    private URI inner;
    private URI approval;
    private URI innerSearch;
    private CitizenSignIn citizens;

    private HallStack(Path home, Path logs) {
        this.home = home;
        this.logs = logs;
    }

    /** Starts every part and returns when all are healthy; whatever did start is stopped when one fails. */
    public static HallStack start(Path logs) {
        HallStack stack;
        try {
            stack = new HallStack(Files.createTempDirectory("hall-journey-"), logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        int searchPort = FreePorts.next();
        CompletableFuture<ElasticsearchNode> node = CompletableFuture.supplyAsync(() -> startSearch(searchPort));
        outer = local(FreePorts.next());
        inner = local(FreePorts.next());
        approval = local(FreePorts.next());
        URI ferry = local(FreePorts.next());
        innerSearch = local(FreePorts.next());
        ServerProcess innerSearchNode = start(Part.INNER_SEARCH, Program.classPath(approvalClassPath()), innerSearch,
                List.of(innerSearchHome(innerSearch).toString()));
        ServerProcess innerRole = gateway("inner", inner, GATEWAY, "--hall.gateway.inner.approval-url=" + approval);
        ServerProcess approvalSystem = start(Part.APPROVAL, Program.classPath(approvalClassPath()), approval,
                List.of("--approval.data-dir=" + approvalData(), "--approval.gateway.url=" + inner,
                        "--approval.gateway.push-interval=500ms", "--approval.search.url=" + innerSearch));
        // Access tokens last 20 s: a citizen's client renews its session along the journey.
        ServerProcess outerRole = gateway("outer", outer, GATEWAY, "--hall.search.url=" + local(searchPort),
                "--hall.gateway.outer.auth.token-ttl=" + TOKEN_TTL);
        citizens = new CitizenSignIn(JsonHttp.to(outer), new SmsOutbox(smsOutbox()));
        ServerProcess ferryRole = gateway("ferry", ferry, GATEWAY);
        search = node.join();
        for (ServerProcess p : List.of(innerSearchNode, innerRole, approvalSystem, outerRole, ferryRole)) {
            p.awaitHealthy(START_TIMEOUT);
        }
        warmUpSearch();
    }

    /**
     * The first searches after a start are slow (cold caches, JIT), and the client gives a search two seconds:
     * the hall API is ready when a search through it answers, twice.
     */
    private void warmUpSearch() {
        for (int i = 0; i < 2; i++) {
            await("search through the outer hall API").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(() -> JsonHttp.to(outer).json("/api/search?q=" + JsonHttp.query("身份证丢了")).path("total").asInt(),
                            total -> total > 0);
        }
    }

    /** The inner node's folder, named by its port (as root, the node's folders may move to a shared stand-in). */
    private Path innerSearchHome(URI url) {
        return home.resolve("inner-es-" + url.getPort());
    }

    private ElasticsearchNode startSearch(int port) {
        ElasticsearchNode started = ElasticsearchNode.start(NodeLayout.fromBuild(),
                new NodeOptions(home.resolve("es-" + port), port, FreePorts.next(), "512m", START_TIMEOUT));
        try (ElasticsearchClient client = SearchClients.forIndexing(started.url())) {
            new CatalogIndex(client, null).rebuild(HallLoader.fromClasspath(), IndexProgress.SILENT);
            return started;
        } catch (IOException | RuntimeException e) {
            started.close();
            throw new IllegalStateException("cannot index the shipped catalog: " + e.getMessage(), e);
        }
    }

    private ServerProcess gateway(String role, URI url, String gatewayHome, String... extra) {
        List<String> args = new ArrayList<>(List.of("--hall.gateway.home=" + home.resolve(gatewayHome),
                "--hall.gateway.gap.hmac-key=" + gapKey, "--hall.gateway.outer.auth.token-key=" + tokenKey));
        args.addAll(List.of(extra));
        Part part = Part.gatewayRole(role);
        String name = gatewayHome.equals(GATEWAY) ? part.partName() : part.partName() + "-" + gatewayHome;
        return start(part, name, Program.jar(gatewayJar()), url, args);
    }

    private ServerProcess start(Part part, Program program, URI url, List<String> args) {
        return start(part, part.partName(), program, url, args);
    }

    /** A part as ./hall up starts it, in the test sizing, on this stack's port and folders; its log is NAME.log. */
    private ServerProcess start(Part part, String name, Program program, URI url, List<String> args) {
        int port = url.getPort();
        ServerProcess p = ServerProcess.start(ProcessSpec.of(name, part.command(program, Sizing.TEST, port, args),
                logs.resolve(name + ".log")).withHealth(part.health(port)));
        processes.add(p);
        return p;
    }

    /** The outer hall API, where the citizen's client connects (docs/api.md). */
    public URI outer() {
        return outer;
    }

    /** Signs citizens in at the outer hall API with the codes of its SMS outbox, as a citizen with the phone would. */
    public CitizenSignIn citizens() {
        return citizens;
    }

    /** The outer role's embedded SMS outbox, where the sign-in codes it sends are written. */
    public Path smsOutbox() {
        return SmsOutbox.of(home.resolve(GATEWAY)).file();
    }

    /** The 3D client's arguments for a citizen at the outer hall API, silent, reading sign-in codes off the outbox. */
    public String[] clientArgs() {
        return new String[] {"--server", outer() + "/", "--no-audio", "--demo-sms-outbox", smsOutbox().toString()};
    }

    /**
     * Another outer role of its own (own folder and database, the stack's keys and search) with these settings, e.g.
     * shorter sessions; stopped by closing it, or with the stack.
     */
    public OuterRole startOuter(String name, String... settings) {
        URI url = local(FreePorts.next());
        List<String> args = new ArrayList<>(List.of("--hall.search.url=" + search.url()));
        args.addAll(List.of(settings));
        ServerProcess process = gateway("outer", url, name, args.toArray(String[]::new));
        process.awaitHealthy(START_TIMEOUT);
        return new OuterRole(url, SmsOutbox.of(home.resolve(name)).file(), process);
    }

    /** An outer role started by {@link #startOuter}: the hall API, its SMS outbox. */
    public record OuterRole(URI url, Path smsOutbox, ServerProcess process) implements AutoCloseable {
        @Override
        public void close() {
            process.close();
        }
    }

    /** The inner gateway's management port: audit, quarantine, outbound. */
    public URI inner() {
        return inner;
    }

    /** The approval system and its console. */
    public URI approval() {
        return approval;
    }

    /** The approval system's data folder, where it writes the console accounts' initial passwords. */
    public Path approvalData() {
        return home.resolve("approval");
    }

    public URI search() {
        return search.url();
    }

    /** Stops every process started, newest first, and keeps the search node's log with the others. */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
        if (search != null) {
            search.close();
            copy(search.workDir().resolve("console.log"), logs.resolve("elasticsearch.log"));
        }
        if (innerSearch != null) {
            copy(innerSearchHome(innerSearch).resolve("console.log"), logs.resolve("inner-elasticsearch.log"));
        }
        delete(home);
        if (search != null) {
            delete(search.workDir());
        }
    }

    private static void copy(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                Files.createDirectories(to.getParent());
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a folder that is already gone, or was never made
        }
    }

    private static URI local(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    /** The gateway jar this reactor built (set by the pom); a class folder means the build stopped before package. */
    private static Path gatewayJar() {
        String jar = System.getProperty("journey.gateway-jar", "");
        if (!jar.endsWith(".jar") || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("no exchange-gateway jar (" + jar + "): run the journey with "
                    + "mvn -pl hall-journey -am verify, so the reactor packages the gateway first");
        }
        return Path.of(jar);
    }

    private static String approvalClassPath() {
        try {
            return Files.readString(Path.of(System.getProperty("journey.approval-classpath"))).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("no approval class path file: build with mvn", e);
        }
    }
}
