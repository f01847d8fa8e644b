package org.virtualhall.search.cache;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.virtualhall.search.index.DocumentType;

/**
 * Reads which index each hall alias points at, every {@code interval}, and tells the caches. Any
 * alias swap — by this application, {@code ./hall search reindex}, the outer gateway publishing a
 * catalog, another node — is seen within one interval, with no coupling to whoever re-indexed.
 */
public final class IndexGenerationWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexGenerationWatch.class);

    private final ElasticsearchClient client;
    private final List<ResultCache<?, ?>> caches;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "search-cache-watch");
        thread.setDaemon(true);
        return thread;
    });

    public IndexGenerationWatch(ElasticsearchClient client, List<ResultCache<?, ?>> caches) {
        this.client = client;
        this.caches = List.copyOf(caches);
    }

    public void start(Duration interval) {
        timer.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One look at the aliases (also what the timer runs). */
    public void check() {
        try {
            String generation = current();
            caches.forEach(cache -> cache.validFor(generation));
        } catch (Exception e) {
            LOG.debug("index generation unknown, search cache bypassed: {}", e.toString());
            caches.forEach(ResultCache::suspend);
        }
    }

    /** e.g. {@code [hall-items=hall-catalog-1795…-2, hall-staff=hall-catalog-1795…-2, …]}. */
    private String current() throws Exception {
        List<String> aliases = DocumentType.aliases();
        Set<String> pairs = new TreeSet<>();
        Set<String> found = new TreeSet<>();
        client.indices().getAlias(g -> g.name(aliases)).result().forEach((index, of) -> of.aliases().keySet().forEach(alias -> {
            pairs.add(alias + "=" + index);
            found.add(alias);
        }));
        if (found.size() < aliases.size()) {
            throw new IllegalStateException("not every hall alias exists yet: " + found);
        }
        return pairs.toString();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
