package org.virtualhall.gateway.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.springframework.util.FileSystemUtils;
import org.virtualhall.bench.KeepAliveHttp;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.outer.intake.GroupCommit;
import org.virtualhall.gateway.outer.intake.IdempotencyKeys;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.ApprovalDouble;
import org.virtualhall.gateway.support.ChaosRun;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.RoleProcess;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.launch.part.Sizing;
import org.virtualhall.model.json.HallJson;

/**
 * {@code ./hall bench gateway}: submissions per second from the HTTP accept on the outer side to the case created
 * by the inner load step, with every check on, and latency p50/p99; in the same run the rate of the embedded
 * Artemis alone (persistent send + receive, same message size) as the ceiling.
 * Arguments: the JSON output file, then optionally the number of submissions measured (20,000), of client threads (128
 * citizens submitting at the same time), the most warm-up submissions (500,000) and {@code keyed} (the default: each
 * submission carries an {@code Idempotency-Key}, as the hall's own clients send it) or {@code unkeyed}. 128 is what
 * the target rate itself puts in flight (Little's law: the rate times the time an answer takes). Fewer clients measure
 * their own wait instead of the gateway: each waits for its answer before the next, so they cannot bring more than
 * their number to a group commit, whose one journal sync serves all who wait. The warm-up goes in rounds of 10,000
 * until the compiler threads' share of the CPU has fallen below a threshold: all three roles in one JVM keep the JIT
 * busy for minutes, and a rate measured while it compiles is the rate of a gateway just started, not the sustained
 * one. Every submission is by another applicant, so behaviour monitoring (30 a minute per ID) holds none. In the same
 * run the three roles run again, each in its own JVM with the heap it is deployed with, warmed up with as many
 * submissions as the single JVM needed: the {@code separateJvm*} figures.
 */
public final class GatewayBench {

    private GatewayBench() {
    }

    /**
     * CPU of this whole JVM: all three roles with their brokers and databases, the clients and the approval double.
     * The 2,000/s target on two cores leaves 1 ms of it per submission.
     */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static final int ROUND = 10_000;
    /** The JIT has settled when its compiler threads take less than this share of this JVM's CPU time over a round. */
    private static final double JIT_SETTLED = 0.03;
    /** Behaviour monitoring would hold a benchmark's rate from one source address. */
    private static final String UNMONITORED = "--hall.gateway.inner.per-source-per-minute=100000000";

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/gateway.json");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 128;
        int maxWarmUp = args.length > 3 ? Integer.parseInt(args[3]) : 500_000;
        boolean keyed = args.length <= 4 || parseKeyed(args[4]);
        Path home = Files.createTempDirectory("gateway-bench");
        String sample = HallJson.wire().writeValueAsString(HallClient.goodSubmission(Applicants.applicant(1)));

        double raw = RawArtemis.rate(home.resolve("raw"), Math.min(4 * count, 20_000), 8, sample);
        Map<String, Object> result;
        try (GatewayCluster cluster = new GatewayCluster(home.resolve("gateway"), UNMONITORED).start()) {
            cluster.approval().keepReceiptsOnly();
            cluster.outer().getBean(HallCatalog.class).publish(TestHall.withTestItems(), Instant.now());
            URI base = URI.create(GatewayCluster.baseUrl(cluster.outer()));
            HallClient citizens = cluster.citizenClient();
            int warmUp = 0;
            double jit = Double.NaN;
            Object coldRate = null;
            while (warmUp < maxWarmUp && !(jit < JIT_SETTLED)) {
                int round = Math.min(ROUND, maxWarmUp - warmUp);
                Map<String, Object> r = run(base, tokens(citizens, base, warmUp, round, clients), warmUp, clients, keyed,
                        cluster.approval());
                warmUp += round;
                jit = (double) r.get("jitShareOfCpu");
                coldRate = coldRate == null ? r.get("endToEndPerSecond") : coldRate;
                System.out.printf("warm-up %,d: %s submissions/s, the JIT compiling %.0f %% of the CPU time%n",
                        warmUp, r.get("endToEndPerSecond"), jit * 100);
            }
            GroupCommit groupCommit = cluster.outer().getBean(GroupCommit.class);
            long groups = groupCommit.groups();
            long committed = groupCommit.committed();
            result = run(base, tokens(citizens, base, warmUp, count, clients), warmUp, clients, keyed, cluster.approval());
            result.put("warmUpSubmissions", warmUp);
            result.put("firstWarmUpRoundPerSecond", coldRate);
            result.put("groupCommitAverageSize", Math.round((groupCommit.committed() - committed) * 10.0
                    / Math.max(1, groupCommit.groups() - groups)) / 10.0);
        }
        int warmedUp = (int) result.get("warmUpSubmissions");
        Map<String, Object> separate = separateJvms(home.resolve("separate"), warmedUp, count, clients, keyed);
        result.put("separateJvmEndToEndPerSecond", separate.get("endToEndPerSecond"));
        result.put("separateJvmP99Ms", separate.get("p99Ms"));
        result.put("separateJvmLost", separate.get("lost"));
        double rate = (double) result.get("endToEndPerSecond");
        result.put("rawArtemisPerSecond", Math.round(raw));
        result.put("ratio", Math.round(rate / raw * 1000) / 1000.0);
        result.put("messageBytes", sample.length());
        result.put("collectors", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
        BenchReport.write(out, "exchange gateway benchmark", result);
        FileSystemUtils.deleteRecursively(home);
        System.exit(0);
    }

    /**
     * The same load on the outer, inner and ferry roles each in its own JVM, as deployed (the launcher's own
     * definition of each part, heap as a service): {@code warmUp} submissions first, then {@code count} measured.
     */
    private static Map<String, Object> separateJvms(Path home, int warmUp, int count, int clients, boolean keyed)
            throws Exception {
        try (ApprovalDouble approval = new ApprovalDouble();
             RoleProcess inner = new RoleProcess("inner", home, approval.url(), List.of(UNMONITORED), Sizing.SERVICE);
             RoleProcess outer = new RoleProcess("outer", home, approval.url(), List.of(), Sizing.SERVICE);
             RoleProcess ferry = new RoleProcess("ferry", home, approval.url(), List.of(), Sizing.SERVICE)) {
            approval.keepReceiptsOnly();
            for (RoleProcess role : List.of(inner, outer, ferry)) {
                role.start();
            }
            for (RoleProcess role : List.of(inner, outer, ferry)) {
                role.awaitHealthy(java.time.Duration.ofMinutes(6));
            }
            HallClient citizens = outer.citizenClient();
            ChaosRun.publishTestCatalog(new HallClient(inner.url()), citizens);
            URI base = URI.create(outer.url());
            for (int done = 0; done < warmUp; done += ROUND) {
                int round = Math.min(ROUND, warmUp - done);
                run(base, tokens(citizens, base, done, round, clients), done, clients, keyed, approval);
            }
            Map<String, Object> r = run(base, tokens(citizens, base, warmUp, count, clients), warmUp, clients, keyed, approval);
            System.out.printf("each role in its own JVM: %s submissions/s%n", r.get("endToEndPerSecond"));
            return r;
        }
    }

    /**
     * A token for each of {@code count} applicants from {@code first} on, each signed in with an SMS code, by
     * {@code clients} threads at once (not measured).
     */
    private static List<String> tokens(HallClient citizens, URI base, int first, int count, int clients) throws Exception {
        String[] tokens = new String[count];
        each(base, count, clients, (connection, i) -> tokens[i] = citizens.token(Applicants.applicant(first + i)));
        return List.of(tokens);
    }

    /** Runs {@code task} for 0 … count-1 on {@code clients} threads, each a citizen with its own keep-alive connection. */
    private static void each(URI base, int count, int clients, Task task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            futures.add(pool.submit(() -> {
                try (KeepAliveHttp connection = new KeepAliveHttp(base)) {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        task.run(connection, i);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    private interface Task {
        void run(KeepAliveHttp connection, int i) throws Exception;
    }

    private static boolean parseKeyed(String arg) {
        if (!arg.equals("keyed") && !arg.equals("unkeyed")) {
            throw new IllegalArgumentException("the fifth argument is keyed or unkeyed, not " + arg);
        }
        return arg.equals("keyed");
    }

    /**
     * Submits an application for each token, by the applicants from {@code first} on, each with its own
     * {@code Idempotency-Key} if {@code keyed}, and waits for all of them.
     */
    private static Map<String, Object> run(URI base, List<String> tokens, int first, int clients, boolean keyed,
                                           ApprovalDouble approval) throws Exception {
        int count = tokens.size();
        Map<String, Long> sent = new ConcurrentHashMap<>();
        long cpu0 = CPU.getProcessCpuTime();
        CompilerCpu jit = new CompilerCpu();
        long start = System.nanoTime();
        each(base, count, clients, (connection, i) -> {
            byte[] body = HallJson.wire().writeValueAsBytes(HallClient.goodSubmission(Applicants.applicant(first + i)));
            long t0 = System.nanoTime();
            KeepAliveHttp.Response r = connection.post("/api/submissions", tokens.get(i), body,
                    keyed ? Map.of(IdempotencyKeys.HEADER, "bench-key-" + (first + i)) : Map.of());
            if (r.status() != 202) {
                throw new IllegalStateException("refused in the benchmark: " + r.text());
            }
            sent.put(HallJson.wire().readTree(r.body()).get("receipt").asText(), t0);
        });
        long accepted = System.nanoTime();
        Map<String, Long> arrivals = approval.arrivals();
        Awaitility.await().atMost(java.time.Duration.ofMinutes(10)).pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> arrivals.keySet().containsAll(sent.keySet()));
        long cpu = CPU.getProcessCpuTime() - cpu0;
        double jitShare = jit.share();
        List<Long> latencies = new ArrayList<>();
        long last = 0;
        for (Map.Entry<String, Long> e : sent.entrySet()) {
            long arrived = arrivals.get(e.getKey());
            latencies.add(arrived - e.getValue());
            last = Math.max(last, arrived);
        }
        Collections.sort(latencies);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("submissions", count);
        r.put("clientThreads", clients);
        r.put("keyedSubmissions", keyed ? count : 0);
        r.put("httpAcceptPerSecond", Math.round(count / ((accepted - start) / 1e9)));
        r.put("endToEndPerSecond", (double) Math.round(count / ((last - start) / 1e9)));
        r.put("p50Ms", latencies.get(latencies.size() / 2) / 1_000_000);
        r.put("p99Ms", latencies.get((int) (latencies.size() * 0.99)) / 1_000_000);
        r.put("lost", sent.size() - sent.keySet().stream().filter(arrivals::containsKey).count());
        r.put("duplicateCases", approval.duplicateCreations());
        r.put("cpuMsPerSubmission", Math.round(cpu / 1e4 / count) / 100.0);
        r.put("jitShareOfCpu", Math.round(jitShare * 1000) / 1000.0);
        return r;
    }
}
