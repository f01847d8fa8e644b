package org.virtualhall.search.bench;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.virtualhall.search.api.SearchApiApplication;
import org.virtualhall.search.api.SearchCaches;
import org.virtualhall.search.cache.ResultCache;

/** The hall API in the bench's JVM (as the outer gateway mounts it), with its cache on or off, and loads on it. */
record BenchApi(ConfigurableApplicationContext context, URI url, int clients) implements AutoCloseable {

    /** Elasticsearch's JIT needs about a minute of load on two cores before its CPU per query settles. */
    private static final Duration WARM_UP = Duration.ofSeconds(60);

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

    /** Load until Elasticsearch and the hall API have compiled their hot code: a minute, or twice a short run. */
    void warmUp(QueryMix mix, long esPid, Duration run) throws Exception {
        Duration warmUp = run.multipliedBy(2).compareTo(WARM_UP) < 0 ? run.multipliedBy(2) : WARM_UP;
        System.out.printf("  warming up for %d s (Elasticsearch and the hall API compile their hot code) …%n",
                warmUp.toSeconds());
        LoadRun.closed(url, mix, clients, warmUp, esPid);
    }

    ResultCache.Stats cacheStats() {
        return context.getBean(SearchCaches.class).results().stats();
    }

    @Override
    public void close() {
        context.close();
    }
}
