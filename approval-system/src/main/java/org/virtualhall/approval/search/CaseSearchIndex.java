package org.virtualhall.approval.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.search.index.IndexTemplate;
import org.virtualhall.search.index.Indexer;
import org.virtualhall.search.index.Synonyms;

/**
 * The cases in the search index: one index behind the alias {@value #ALIAS}, analysed like the hall's (the index
 * template's settings with a mapping of its own, {@code search/case-mappings.json}). A full build fills a fresh
 * index and then moves the alias to it in one step; single cases are written through the alias.
 */
@Component
class CaseSearchIndex {

    static final String ALIAS = "approval-cases";
    private static final String PREFIX = ALIAS + "-";
    private static final String MAPPINGS = "/search/case-mappings.json";
    private static final Logger LOG = LoggerFactory.getLogger(CaseSearchIndex.class);

    private final InnerSearchNode node;
    private final CaseRepository cases;
    private final Catalog catalog;
    private final SearchSettings settings;

    CaseSearchIndex(InnerSearchNode node, CaseRepository cases, Catalog catalog, SearchSettings settings) {
        this.node = node;
        this.cases = cases;
        this.catalog = catalog;
        this.settings = settings;
    }

    /** Every case into a fresh index, page by page with its progress in the log; then the alias moves to it. */
    void rebuild() throws IOException {
        ElasticsearchClient client = node.indexing();
        new IndexTemplate(client).apply(ALIAS, PREFIX + "*", mappings(), Synonyms.load(null));
        String index = PREFIX + System.currentTimeMillis();
        client.indices().create(c -> c.index(index).settings(s -> s.refreshInterval(t -> t.time("-1"))));
        long total = cases.count();
        long done = 0;
        long after = 0;
        LOG.info("search index: building the cases, {} in all", total);
        for (List<CaseRecord> page = cases.after(after, settings.batch()); !page.isEmpty(); page = cases.after(after, settings.batch())) {
            bulk(index, page);
            done += page.size();
            after = page.get(page.size() - 1).id();
            LOG.info("search index: cases {}/{}", done, total);
        }
        client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("1s"))));
        client.indices().refresh(r -> r.index(index));
        swap(client, index);
        LOG.info("search index: {} cases in {}", done, index);
    }

    /** These cases as they are now, written through the alias. */
    void index(Collection<Long> ids) throws IOException {
        List<CaseRecord> changed = cases.findAll(ids);
        if (!changed.isEmpty()) {
            bulk(ALIAS, changed);
        }
    }

    private void bulk(String index, List<CaseRecord> batch) throws IOException {
        BulkResponse response = node.indexing().bulk(b -> {
            batch.forEach(c -> b.operations(op -> op.index(i -> i.index(index).id(Long.toString(c.id()))
                    .document(CaseDocument.of(c, catalog.item(c.itemCode()).map(Item::name).orElse(c.itemCode()))))));
            return b;
        });
        if (response.errors()) {
            throw new IOException("indexing cases into " + index + " failed: " + response.items().stream()
                    .filter(i -> i.error() != null).map(i -> i.id() + ": " + i.error().reason()).findFirst().orElse("?"));
        }
    }

    /** The alias to the fresh index in one step; the indices it pointed at before are dropped. */
    private static void swap(ElasticsearchClient client, String fresh) throws IOException {
        Set<String> old = new Indexer(client).indicesOf(ALIAS);
        List<Action> actions = new ArrayList<>();
        actions.add(Action.of(a -> a.add(add -> add.index(fresh).alias(ALIAS))));
        old.forEach(index -> actions.add(Action.of(a -> a.remove(r -> r.index(index).alias(ALIAS)))));
        client.indices().updateAliases(u -> u.actions(actions));
        List<String> stale = client.indices().get(g -> g.index(PREFIX + "*")).result().keySet().stream()
                .filter(index -> !index.equals(fresh)).toList();
        if (!stale.isEmpty()) {
            client.indices().delete(d -> d.index(stale));
        }
    }

    private static String mappings() {
        try (InputStream in = CaseSearchIndex.class.getResourceAsStream(MAPPINGS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MAPPINGS, e);
        }
    }
}
