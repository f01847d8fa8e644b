package org.virtualhall.search.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Answers that citizens ask for again and again (身份证, 结婚登记 …) kept for as long as the index
 * they came from is the one behind the aliases. The cache serves only while the current
 * {@linkplain #validFor index generation} is known: a new generation (an alias swap after a
 * re-index or a catalog publication) empties it, and when the generation cannot be read
 * ({@link #suspend}, e.g. Elasticsearch is down) it is emptied and bypassed until it can.
 *
 * <p>Lookups take no lock, and a miss searches outside any lock, so concurrent searches never wait
 * for each other here. Once {@code maxEntries} is reached, Caffeine's W-TinyLFU keeps the answers
 * asked for often over those asked once, which suits the long tail of citizens' wording.
 */
public final class ResultCache<K, V> {

    private final Cache<K, V> entries;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private volatile String generation;
    /** Bumped whenever the entries are dropped, so a load that started before cannot put a stale answer back. */
    private final AtomicLong epoch = new AtomicLong();

    public ResultCache(int maxEntries) {
        this(maxEntries, null);
    }

    /** @param maintenance where evictions run; null for Caffeine's default (the common pool) */
    ResultCache(int maxEntries, Executor maintenance) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumSize(maxEntries);
        this.entries = (maintenance == null ? builder : builder.executor(maintenance)).build();
    }

    /** The cached answer for {@code key}, or {@code load}'s (kept when the generation did not change meanwhile). */
    public V get(K key, Function<K, V> load) {
        if (generation == null) {
            return load.apply(key);
        }
        V cached = entries.getIfPresent(key);
        if (cached != null) {
            hits.increment();
            return cached;
        }
        long startEpoch = epoch.get();
        misses.increment();
        V loaded = load.apply(key);
        if (epoch.get() == startEpoch) {
            entries.put(key, loaded);
            // a drop between the check and the put may have missed this entry: take it back out
            if (epoch.get() != startEpoch) {
                entries.invalidate(key);
            }
        }
        return loaded;
    }

    /** The index generation now searched; answers of any other generation are dropped. */
    public synchronized void validFor(String current) {
        Objects.requireNonNull(current);
        if (!current.equals(generation)) {
            drop();
            generation = current;
        }
    }

    /** The generation is unknown: drop everything and answer from Elasticsearch until it is known again. */
    public synchronized void suspend() {
        generation = null;
        drop();
    }

    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    public Stats stats() {
        return new Stats(hits.sum(), misses.sum());
    }

    private void drop() {
        epoch.incrementAndGet();
        entries.invalidateAll();
    }

    /** Lookups answered from the cache and lookups that went to Elasticsearch (while the cache was serving). */
    public record Stats(long hits, long misses) {

        public double hitRatio() {
            return hits + misses == 0 ? 0 : (double) hits / (hits + misses);
        }
    }
}
