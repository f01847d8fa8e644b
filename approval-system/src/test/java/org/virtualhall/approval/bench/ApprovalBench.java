package org.virtualhall.approval.bench;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.virtualhall.approval.ApprovalApplication;
import org.virtualhall.approval.store.TestGateway;
import org.virtualhall.approval.supervision.Supervision;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.testdb.PostgresCluster;

/**
 * {@code ./hall bench approval}: intake rate on H2 and on PostgreSQL, and the dashboard's query time
 * with a million cases in each store. Writes the figures as JSON to the file named by the first argument.
 */
public final class ApprovalBench {

    private static final int INTAKES = Integer.getInteger("bench.intakes", 20_000);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 3_000);
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 16);
    private static final int PER_BATCH = Integer.getInteger("bench.per-batch", 100);
    private static final int BATCH_CONNECTIONS = Integer.getInteger("bench.batch-connections", 4);
    private static final int CASES = Integer.getInteger("bench.cases", 1_000_000);

    private ApprovalBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/approval.json");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("intakes", INTAKES);
        result.put("connections", CONNECTIONS);
        result.put("casesPerBatchCall", PER_BATCH);
        result.put("batchConnections", BATCH_CONNECTIONS);
        result.put("cases", CASES);
        Path dir = Path.of("target", "bench-data", UUID.randomUUID().toString()).toAbsolutePath();
        try {
            result.putAll(measure("H2", Map.of("approval.data-dir", dir.toString())));
            result.putAll(onPostgres(dir.resolve("pg")));
        } finally {
            TestGateway.shared().stop();
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, HallJson.wire().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        System.out.println(HallJson.wire().writerWithDefaultPrettyPrinter().writeValueAsString(result));
    }

    private static Map<String, Object> onPostgres(Path dir) throws Exception {
        PostgresCluster pg = PostgresCluster.start(dir);
        Thread stopOnKill = new Thread(pg::stop, "postgres-stop");
        Runtime.getRuntime().addShutdownHook(stopOnKill);
        try {
            String url = pg.createDatabase("approval_bench");
            return measure("Postgres", Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres"));
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopOnKill);
            pg.stop();
        }
    }

    /** The store's figures, named {@code intake<Store>PerSecond}, {@code dashboard<Store>Ms} and so on. */
    private static Map<String, Object> measure(String name, Map<String, String> store) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        try (ConfigurableApplicationContext app = start(store)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            IntakeLoad.single(port, WARMUP, CONNECTIONS);
            IntakeLoad.batch(port, WARMUP, PER_BATCH, BATCH_CONNECTIONS);
            DistributionSummary commits = app.getBean(MeterRegistry.class).get("approval.intake.commit.size").summary();
            long commitsBefore = commits.count();
            double casesBefore = commits.totalAmount();
            figures.put("intake" + name + "PerSecond", Math.round(IntakeLoad.single(port, INTAKES, CONNECTIONS)));
            figures.put("intake" + name + "CasesPerCommit",
                    Math.round((commits.totalAmount() - casesBefore) / (commits.count() - commitsBefore) * 10) / 10.0);
            figures.put("intakeBatch" + name + "PerSecond",
                    Math.round(IntakeLoad.batch(port, INTAKES, PER_BATCH, BATCH_CONNECTIONS)));
            long filling = System.nanoTime();
            CaseFiller.fill(app.getBean(DataSource.class), CASES, LocalDate.now());
            figures.put("fill" + name + "Seconds", Math.round((System.nanoTime() - filling) / 1e9));
            dashboardMillis(app.getBean(Supervision.class)).forEach((k, v) -> figures.put("dashboard" + name + k, v));
        }
        System.out.println("[bench] " + name + " " + figures);
        return figures;
    }

    /**
     * The first dashboard query after the fill (nothing cached; {@code Ms}), then the median and worst of
     * 21 after 5 to warm up (H2 answers a repeated query over unchanged tables from its result cache).
     */
    private static Map<String, Object> dashboardMillis(Supervision supervision) {
        LocalDate today = LocalDate.now();
        long first = System.nanoTime();
        supervision.overview(today);
        double firstMillis = (System.nanoTime() - first) / 1e6;
        for (int i = 0; i < 5; i++) {
            supervision.overview(today);
        }
        double[] times = new double[21];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            supervision.overview(today);
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("Ms", Math.round(firstMillis * 10) / 10.0);
        figures.put("MedianMs", Math.round(times[10] * 10) / 10.0);
        figures.put("MaxMs", Math.round(times[20] * 10) / 10.0);
        figures.put("RunningCases", supervision.overview(today).running());
        return figures;
    }

    private static ConfigurableApplicationContext start(Map<String, String> store) {
        Map<String, String> properties = new LinkedHashMap<>(store);
        properties.put("server.port", "0");
        properties.put("approval.gateway.url", TestGateway.shared().url());
        properties.put("logging.level.root", "WARN");
        // As command-line arguments, so they win over application.yml like an operator's would.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return SpringApplication.run(ApprovalApplication.class, args);
    }
}
