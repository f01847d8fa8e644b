package org.virtualhall.search.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Answers that citizens ask for again and again (身份证, 结婚登记 …) kept for as long as the index
 * they came from is the one behind the aliases. The cache serves only while the current
 * {@linkplain #validFor index generation} is known: a new generation (an alias swap after a
 * re-index or a catalog publication) empties it, and when the generation cannot be read
 * ({@link #suspend}, e.g. Elasticsearch is down) it is emptied and bypassed until it can.
 * Least recently used entries go first once {@code maxEntries} is reached.
 */
public final class ResultCache<K, V> {

    private final Map<K, V> entries;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private String generation;
    /** Bumped whenever the entries are dropped, so a load that started before cannot put a stale answer back. */
    private long epoch;

    public ResultCache(int maxEntries) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The cached answer for {@code key}, or {@code load}'s (kept when the generation did not change meanwhile). */
    public V get(K key, Function<K, V> load) {
        long startEpoch;
        synchronized (this) {
            if (generation == null) {
                return load.apply(key);
            }
            V cached = entries.get(key);
            if (cached != null) {
                hits.increment();
                return cached;
            }
            startEpoch = epoch;
        }
        misses.increment();
        V loaded = load.apply(key);
        synchronized (this) {
            if (epoch == startEpoch) {
                entries.put(key, loaded);
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
        drop();
        generation = null;
    }

    public synchronized int size() {
        return entries.size();
    }

    public Stats stats() {
        return new Stats(hits.sum(), misses.sum());
    }

    private void drop() {
        entries.clear();
        epoch++;
    }

    /** Lookups answered from the cache and lookups that went to Elasticsearch (while the cache was serving). */
    public record Stats(long hits, long misses) {

        public double hitRatio() {
            return hits + misses == 0 ? 0 : (double) hits / (hits + misses);
        }
    }
}
