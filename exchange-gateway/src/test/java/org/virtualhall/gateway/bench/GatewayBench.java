package org.virtualhall.gateway.bench;

import java.lang.management.ManagementFactory;
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
import org.awaitility.Awaitility;
import org.springframework.util.FileSystemUtils;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.outer.intake.GroupCommit;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Applicant;

/**
 * {@code ./hall bench gateway}: submissions per second from the HTTP accept on the outer side to the case created
 * by the inner load step, with every check on, and latency p50/p99; in the same run the rate of the embedded
 * Artemis alone (persistent send + receive, same message size) as the ceiling.
 * Arguments: the JSON output file, then optionally the number of submissions, of client threads (citizens
 * submitting at the same time: the outer side's group commit makes one journal sync serve all who wait) and of
 * warm-up submissions before the measured ones (the JIT of all three roles needs tens of seconds of load on two
 * cores; a run measured right after start-up measures compilation). Every submission is by another applicant, so
 * behaviour monitoring (30 a minute per ID) holds none.
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

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/gateway.json");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        Path home = Files.createTempDirectory("gateway-bench");
        String sample = HallJson.wire().writeValueAsString(HallClient.goodSubmission(Applicants.applicant(1)));

        double raw = RawArtemis.rate(home.resolve("raw"), count * 4, 8, sample);
        Map<String, Object> result = new LinkedHashMap<>();
        try (GatewayCluster cluster = new GatewayCluster(home.resolve("gateway"),
                "--hall.gateway.inner.per-source-per-minute=100000000").start()) {
            cluster.outer().getBean(HallCatalog.class).publish(TestHall.withTestItems(), Instant.now());
            HallClient client = new HallClient(GatewayCluster.baseUrl(cluster.outer()));
            List<String> tokens = tokens(client, warmUp + count, clients);
            run(client, tokens, warmUp, clients, cluster, 0);
            GroupCommit groupCommit = cluster.outer().getBean(GroupCommit.class);
            long groups = groupCommit.groups();
            long committed = groupCommit.committed();
            result = run(client, tokens, count, clients, cluster, warmUp);
            result.put("warmUpSubmissions", warmUp);
            result.put("groupCommitAverageSize", Math.round((groupCommit.committed() - committed) * 10.0
                    / Math.max(1, groupCommit.groups() - groups)) / 10.0);
        }
        double rate = (double) result.get("endToEndPerSecond");
        result.put("rawArtemisPerSecond", Math.round(raw));
        result.put("ratio", Math.round(rate / raw * 1000) / 1000.0);
        result.put("messageBytes", sample.length());
        BenchReport.write(out, "exchange gateway benchmark", result);
        FileSystemUtils.deleteRecursively(home);
        System.exit(0);
    }

    /** A token for each of the first {@code count} applicants, asked for by {@code clients} threads at once. */
    private static List<String> tokens(HallClient client, int count, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<String>> futures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(pool.submit(() -> client.token(Applicants.applicant(n))));
        }
        List<String> tokens = new ArrayList<>(count);
        for (Future<String> f : futures) {
            tokens.add(f.get());
        }
        pool.shutdown();
        return tokens;
    }

    /** Submits {@code count} applications (the first {@code offset} applicants were used by the warm-up). */
    private static Map<String, Object> run(HallClient client, List<String> tokens, int count, int clients,
                                           GatewayCluster cluster, int offset) throws Exception {
        Map<String, Long> sent = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        long cpu0 = CPU.getProcessCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int n = (offset + i) % tokens.size();
            futures.add(pool.submit(() -> {
                Applicant a = Applicants.applicant(n);
                long t0 = System.nanoTime();
                HallClient.Response r = client.submit(tokens.get(n), HallClient.goodSubmission(a));
                if (r.status() != 202) {
                    throw new IllegalStateException("refused in the benchmark: " + r.body());
                }
                sent.put(r.json().get("receipt").asText(), t0);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long accepted = System.nanoTime();
        pool.shutdown();
        Map<String, Long> arrivals = cluster.approval().arrivals();
        Awaitility.await().atMost(java.time.Duration.ofMinutes(10)).pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> arrivals.keySet().containsAll(sent.keySet()));
        long cpu = CPU.getProcessCpuTime() - cpu0;
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
        r.put("httpAcceptPerSecond", Math.round(count / ((accepted - start) / 1e9)));
        r.put("endToEndPerSecond", (double) Math.round(count / ((last - start) / 1e9)));
        r.put("p50Ms", latencies.get(latencies.size() / 2) / 1_000_000);
        r.put("p99Ms", latencies.get((int) (latencies.size() * 0.99)) / 1_000_000);
        r.put("lost", sent.size() - sent.keySet().stream().filter(arrivals::containsKey).count());
        r.put("duplicateCases", cluster.approval().duplicateCreations());
        r.put("cpuMsPerSubmission", Math.round(cpu / 1e4 / count) / 100.0);
        return r;
    }
}
