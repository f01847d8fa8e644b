package org.virtualhall.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds fresh indices from search documents and then points the aliases at them in one atomic
 * {@code _aliases} call: searches see the old data or the new, never an empty or half-built index.
 */
public final class Indexer {

    private static final int BATCH = 2_000;
    private static final AtomicLong GENERATION = new AtomicLong();

    private final ElasticsearchClient client;

    public Indexer(ElasticsearchClient client) {
        this.client = client;
    }

    /** Re-indexes everything; returns the new index of each type. */
    public Map<DocumentType, String> reindex(List<SearchDocument> documents, IndexProgress progress) throws IOException {
        Map<DocumentType, String> built = new EnumMap<>(DocumentType.class);
        for (DocumentType type : DocumentType.values()) {
            List<SearchDocument> ofType = documents.stream().filter(d -> d.type().equals(type.code())).toList();
            built.put(type, build(type, ofType, progress));
        }
        swap(built);
        return built;
    }

    private String build(DocumentType type, List<SearchDocument> documents, IndexProgress progress) throws IOException {
        String index = type.alias() + "-" + System.currentTimeMillis() + "-" + GENERATION.incrementAndGet();
        // no refreshes while loading; one at the end makes everything visible at once
        client.indices().create(c -> c.index(index).settings(s -> s.refreshInterval(t -> t.time("-1"))));
        for (int from = 0; from < documents.size(); from += BATCH) {
            List<SearchDocument> batch = documents.subList(from, Math.min(documents.size(), from + BATCH));
            BulkResponse response = client.bulk(b -> {
                batch.forEach(doc -> b.operations(op -> op.index(i -> i.index(index).id(doc.id()).document(doc))));
                return b;
            });
            if (response.errors()) {
                throw new IllegalStateException("indexing into " + index + " failed: " + firstError(response));
            }
            progress.indexed(type, from + batch.size(), documents.size());
        }
        client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("1s"))));
        client.indices().refresh(r -> r.index(index));
        return index;
    }

    private void swap(Map<DocumentType, String> built) throws IOException {
        List<Action> actions = new ArrayList<>();
        Set<String> keep = new HashSet<>(built.values());
        for (Map.Entry<DocumentType, String> entry : built.entrySet()) {
            String alias = entry.getKey().alias();
            String fresh = entry.getValue();
            actions.add(Action.of(a -> a.add(add -> add.index(fresh).alias(alias))));
            for (String old : indicesOf(alias)) {
                actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias))));
                keep.add(old);
            }
        }
        client.indices().updateAliases(u -> u.actions(actions));
        dropOlderThan(keep, built.keySet());
    }

    /**
     * The index just swapped out stays until the next re-index: a search that resolved the alias
     * a moment before the swap may still be reading it. Anything older goes.
     */
    private void dropOlderThan(Set<String> keep, Set<DocumentType> types) throws IOException {
        for (DocumentType type : types) {
            Set<String> all = client.indices().get(g -> g.index(type.alias() + "-*")).result().keySet();
            List<String> stale = all.stream().filter(index -> !keep.contains(index)).toList();
            if (!stale.isEmpty()) {
                client.indices().delete(d -> d.index(stale));
            }
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
