package org.virtualhall.approval.bench;

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
import org.virtualhall.approval.store.PostgresCluster;
import org.virtualhall.approval.store.TestGateway;
import org.virtualhall.approval.supervision.Supervision;
import org.virtualhall.model.json.HallJson;

/**
 * {@code ./hall bench approval}: intake rate on H2 and on PostgreSQL, and the dashboard's query time
 * with a million cases in each store. Writes the figures as JSON to the file named by the first argument.
 */
public final class ApprovalBench {

    private static final int INTAKES = Integer.getInteger("bench.intakes", 20_000);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 3_000);
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 16);
    private static final int CASES = Integer.getInteger("bench.cases", 1_000_000);

    private ApprovalBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/approval.json");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("intakes", INTAKES);
        result.put("connections", CONNECTIONS);
        result.put("cases", CASES);
        Path dir = Path.of("target", "bench-data", UUID.randomUUID().toString()).toAbsolutePath();
        try {
            result.put("h2", measure(Map.of("approval.data-dir", dir.toString())));
            result.put("postgresql", onPostgres(dir.resolve("pg")));
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
            return measure(Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres"));
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopOnKill);
            pg.stop();
        }
    }

    private static Map<String, Object> measure(Map<String, String> store) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        try (ConfigurableApplicationContext app = start(store)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            IntakeLoad.run(port, WARMUP, CONNECTIONS);
            figures.put("intakePerSecond", Math.round(IntakeLoad.run(port, INTAKES, CONNECTIONS)));
            long filling = System.nanoTime();
            CaseFiller.fill(app.getBean(DataSource.class), CASES, LocalDate.now());
            figures.put("fillSeconds", Math.round((System.nanoTime() - filling) / 1e9));
            figures.put("dashboardMillis", dashboardMillis(app.getBean(Supervision.class)));
        }
        System.out.println("[bench] " + store.keySet() + " " + figures);
        return figures;
    }

    /**
     * The first dashboard query after the fill (nothing cached), then the median and worst of 21 after 5
     * to warm up (H2 answers a repeated query over unchanged tables from its result cache).
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
        return Map.of("first", Math.round(firstMillis * 10) / 10.0, "median", Math.round(times[10] * 10) / 10.0,
                "max", Math.round(times[20] * 10) / 10.0, "running", supervision.overview(today).running());
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
