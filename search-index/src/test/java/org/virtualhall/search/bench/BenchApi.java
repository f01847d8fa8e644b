package org.virtualhall.search.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.virtualhall.search.api.SearchApiApplication;
import org.virtualhall.search.api.SearchCaches;
import org.virtualhall.search.cache.ResultCache;

/** The hall API in the bench's JVM (as the outer gateway mounts it), with its cache on or off, and loads on it. */
record BenchApi(ConfigurableApplicationContext context, URI url, int clients) implements AutoCloseable {

    /**
     * The warm-up runs in windows of load and ends once the last {@link #SETTLED_WINDOWS} windows' rates are within
     * {@link #SETTLED} of each other, after {@link #MIN_WINDOWS} at least: the rate climbs in steps with plateaus
     * between them (each batch of compiled code), so two windows alike do not yet mean settled.
     */
    private static final Duration WARM_UP_WINDOW = Duration.ofSeconds(10);
    private static final int MIN_WINDOWS = 6;
    private static final int SETTLED_WINDOWS = 3;
    private static final double SETTLED = 0.05;
    /** A warm-up ends by then, settled or not; {@link WarmUp#settled} says which. */
    private static final Duration WARM_UP_LIMIT = Duration.ofMinutes(5);

    static BenchApi start(URI cluster, boolean cache, int clients) {
        ConfigurableApplicationContext context = SpringApplication.run(SearchApiApplication.class,
                "--server.port=0", "--hall.search.url=" + cluster, "--hall.search.cache.enabled=" + cache,
                "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        return new BenchApi(context,
                URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port")), clients);
    }

    /** @param perSecond a paced load at this total rate, or 0 for the closed loop */
    LoadRun.Result load(String what, QueryMix mix, double perSecond, long esPid, Duration duration) throws Exception {
        LoadRun.closed(url, mix, clients, Duration.ofSeconds(5), esPid);
        LoadRun.Result result = perSecond > 0 ? LoadRun.paced(url, mix, clients, perSecond, duration, esPid)
                : LoadRun.closed(url, mix, clients, duration, esPid);
        String label = perSecond > 0 ? String.format("%s at %.0f/s", what, perSecond) : what;
        System.out.printf("  %-52s %5.0f QPS, p50 %5.1f ms, p99 %5.1f ms, %d errors of %d%n", label + ":",
                result.qps(), result.p50Ms(), result.p99Ms(), result.errors(), result.requests());
        System.out.printf("  %-52s load generator %.2f, hall API JVM %.2f, Elasticsearch %.2f%n",
                "   CPU ms per request:", result.clientCpuMsPerRequest(), result.apiCpuMsPerRequest(),
                result.esCpuMsPerRequest());
        return result;
    }

    /**
     * Closed-loop load in windows until Elasticsearch and the hall API have compiled their hot code: until the rate
     * has settled (or {@link #WARM_UP_LIMIT}). A server runs for days; its figures are the settled ones, and how long
     * settling took is reported beside them.
     */
    WarmUp warmUp(QueryMix mix, long esPid) throws Exception {
        System.out.printf("  warming up until the rate settles (Elasticsearch and the hall API compile their hot code) …%n");
        List<Double> rates = new ArrayList<>();
        long start = System.nanoTime();
        while (true) {
            LoadRun.Result window = LoadRun.closed(url, mix, clients, WARM_UP_WINDOW, esPid);
            System.out.printf("    %3d s: %5.0f QPS; CPU ms per request: hall API JVM %.2f, Elasticsearch %.2f%n",
                    (System.nanoTime() - start) / 1_000_000_000, window.qps(), window.apiCpuMsPerRequest(),
                    window.esCpuMsPerRequest());
            rates.add(window.qps());
            boolean settled = settled(rates);
            if (settled || System.nanoTime() - start >= WARM_UP_LIMIT.toNanos()) {
                return new WarmUp((System.nanoTime() - start) / 1e9, settled, rates);
            }
        }
    }

    static boolean settled(List<Double> rates) {
        if (rates.size() < MIN_WINDOWS) {
            return false;
        }
        List<Double> last = rates.subList(rates.size() - SETTLED_WINDOWS, rates.size());
        return Collections.max(last) <= (1 + SETTLED) * Collections.min(last);
    }

    /** How long the warm-up took, whether the rate settled in that time, and each window's rate. */
    record WarmUp(double seconds, boolean settled, List<Double> windowQps) {
    }

    ResultCache.Stats cacheStats() {
        return context.getBean(SearchCaches.class).results().stats();
    }

    @Override
    public void close() {
        context.close();
    }
}
