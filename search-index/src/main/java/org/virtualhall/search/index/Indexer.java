package org.virtualhall.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds a fresh index from search documents and then points the aliases at it in one atomic
 * {@code _aliases} call: searches see the old data or the new, never an empty or half-built index.
 * Items, windows and staff share one index (one shard to search instead of three); each type's
 * alias filters on {@code type}, and {@link DocumentType#ALL_ALIAS} holds all three.
 */
public final class Indexer {

    /** Every hall index is named {@code hall-catalog-<millis>-<n>}; the index template matches it. */
    public static final String PREFIX = "hall-catalog-";
    private static final int BATCH = 500;
    /**
     * Bulk requests in flight at once: a shard indexes concurrent requests on separate write threads, so
     * two keep both cores of the hall's server busy where one leaves one idle.
     */
    private static final int IN_FLIGHT = 2;
    private static final AtomicLong GENERATION = new AtomicLong();

    private final ElasticsearchClient client;
    /** Its threads end when idle, so an indexer that is no longer used holds none. */
    private final ThreadPoolExecutor bulks;

    public Indexer(ElasticsearchClient client) {
        this.client = client;
        this.bulks = new ThreadPoolExecutor(IN_FLIGHT, IN_FLIGHT, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "hall-indexer");
            thread.setDaemon(true);
            return thread;
        });
        bulks.allowCoreThreadTimeOut(true);
    }

    /**
     * Re-indexes everything into one fresh index; returns the index each type's alias now points at
     * (the same one for all three).
     */
    public Map<DocumentType, String> reindex(List<SearchDocument> documents, IndexProgress progress) throws IOException {
        String index = PREFIX + System.currentTimeMillis() + "-" + GENERATION.incrementAndGet();
        // no refreshes while loading; one at the end makes everything visible at once
        client.indices().create(c -> c.index(index).settings(s -> s.refreshInterval(t -> t.time("-1"))));
        Map<DocumentType, String> built = new EnumMap<>(DocumentType.class);
        for (DocumentType type : DocumentType.values()) {
            load(index, type, documents.stream().filter(d -> d.type().equals(type.code())).toList(), progress);
            built.put(type, index);
        }
        client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("1s"))));
        client.indices().refresh(r -> r.index(index));
        // the index is read-only from now on: one segment means one term dictionary to search, and no
        // merging in the background while the first searches arrive
        client.indices().forcemerge(f -> f.index(index).maxNumSegments(1L));
        swap(index);
        return built;
    }

    private void load(String index, DocumentType type, List<SearchDocument> documents, IndexProgress progress)
            throws IOException {
        List<Future<Integer>> batches = new ArrayList<>();
        for (int from = 0; from < documents.size(); from += BATCH) {
            List<SearchDocument> batch = documents.subList(from, Math.min(documents.size(), from + BATCH));
            batches.add(bulks.submit(() -> bulk(index, type, batch)));
        }
        int done = 0;
        for (Future<Integer> batch : batches) {
            done += await(batch);
            progress.indexed(type, done, documents.size());
        }
    }

    private int bulk(String index, DocumentType type, List<SearchDocument> batch) throws IOException {
        BulkResponse response = client.bulk(b -> {
            // ids are unique per type only (a window number may look like a badge)
            batch.forEach(doc -> b.operations(op -> op.index(i -> i.index(index).id(type.code() + ":" + doc.id())
                    .document(doc))));
            return b;
        });
        if (response.errors()) {
            throw new IllegalStateException("indexing into " + index + " failed: " + firstError(response));
        }
        return batch.size();
    }

    private static int await(Future<Integer> batch) throws IOException {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while indexing");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void swap(String fresh) throws IOException {
        List<Action> actions = new ArrayList<>();
        Set<String> keep = new HashSet<>(Set.of(fresh));
        for (DocumentType type : DocumentType.values()) {
            actions.add(Action.of(a -> a.add(add -> add.index(fresh).alias(type.alias())
                    .filter(f -> f.term(t -> t.field("type").value(type.code()))))));
        }
        actions.add(Action.of(a -> a.add(add -> add.index(fresh).alias(DocumentType.ALL_ALIAS))));
        for (String alias : DocumentType.aliases()) {
            for (String old : indicesOf(alias)) {
                actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias))));
                keep.add(old);
            }
        }
        client.indices().updateAliases(u -> u.actions(actions));
        dropAllBut(keep);
    }

    /**
     * The index just swapped out stays until the next re-index: a search that resolved the alias
     * a moment before the swap may still be reading it. Anything older goes, including indices that older
     * releases left in the data directory (one index per type, {@code hall-items-*}).
     */
    private void dropAllBut(Set<String> keep) throws IOException {
        List<String> patterns = new ArrayList<>(List.of(PREFIX + "*"));
        Arrays.stream(DocumentType.values()).map(t -> t.alias() + "-*").forEach(patterns::add);
        Set<String> all = client.indices().get(g -> g.index(patterns).ignoreUnavailable(true).allowNoIndices(true))
                .result().keySet();
        List<String> stale = all.stream().filter(index -> !keep.contains(index)).toList();
        if (!stale.isEmpty()) {
            client.indices().delete(d -> d.index(stale));
        }
    }

    /** The indices an alias points at now (none before the first build). */
    public Set<String> indicesOf(String alias) throws IOException {
        try {
            return client.indices().getAlias(g -> g.name(alias)).result().keySet();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Set.of();
            }
            throw e;
        }
    }

    private static String firstError(BulkResponse response) {
        return response.items().stream().filter(i -> i.error() != null)
                .map(i -> i.id() + ": " + i.error().reason()).findFirst().orElse("unknown");
    }
}
