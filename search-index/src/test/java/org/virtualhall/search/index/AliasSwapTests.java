package org.virtualhall.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualhall.search.query.SearchQuery;
import org.virtualhall.search.query.SearchService;
import org.virtualhall.search.testing.FixtureIndex;
import org.virtualhall.search.testing.SearchNodeExtension;
import org.virtualhall.search.testing.TestCatalog;

@ExtendWith(SearchNodeExtension.class)
class AliasSwapTests {

    private final ElasticsearchClient client = FixtureIndex.client();

    @Test
    void reindexSwapsTheAliasWithoutAMomentOfEmptyResults() throws Exception {
        Indexer indexer = new Indexer(client);
        Set<String> before = indexer.indicesOf(DocumentType.ITEM.alias());
        SearchService search = new SearchService(client);
        SearchQuery query = new SearchQuery("结婚登记", Optional.of(DocumentType.ITEM), Optional.empty(), Optional.empty(), 1);
        AtomicBoolean reindexing = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CompletableFuture<Void> searcher = CompletableFuture.runAsync(() -> {
            while (reindexing.get() || searches.get() == 0) {
                try {
                    if (search.search(query).total() == 0) {
                        failures.add("empty result");
                    }
                } catch (RuntimeException e) {
                    failures.add(e + " caused by " + e.getCause());
                }
                searches.incrementAndGet();
            }
        });

        CatalogIndex catalog = new CatalogIndex(client, null);
        Map<DocumentType, String> first = catalog.rebuild(TestCatalog.hall(), IndexProgress.SILENT);
        Map<DocumentType, String> second = catalog.rebuild(TestCatalog.hall(), IndexProgress.SILENT);
        reindexing.set(false);
        searcher.get();

        assertThat(failures).isEmpty();
        assertThat(searches.get()).isPositive();
        assertThat(indexer.indicesOf(DocumentType.ITEM.alias())).containsExactly(second.get(DocumentType.ITEM));
        assertThat(first.get(DocumentType.ITEM)).isNotEqualTo(second.get(DocumentType.ITEM));
        assertThat(before).isNotEmpty().doesNotContain(first.get(DocumentType.ITEM), second.get(DocumentType.ITEM));
        for (String old : before) {
            assertThat(client.indices().exists(e -> e.index(old)).value()).as("%s is dropped", old).isFalse();
        }
    }

    @Test
    void theAliasesShareOneIndexAndIndicesOfTheOldLayoutAreDropped() throws Exception {
        // an index of the earlier layout (one per type) left in a cluster by an older version
        client.indices().create(c -> c.index("hall-staff-1700000000000-1"));
        Indexer indexer = new Indexer(client);
        Map<DocumentType, String> built = new CatalogIndex(client, null).rebuild(TestCatalog.hall(), IndexProgress.SILENT);
        String index = built.get(DocumentType.ITEM);
        assertThat(index).startsWith(Indexer.PREFIX);
        for (DocumentType type : DocumentType.values()) {
            assertThat(built.get(type)).isEqualTo(index);
            assertThat(indexer.indicesOf(type.alias())).containsExactly(index);
            long wrongType = client.count(c -> c.index(type.alias())
                    .query(q -> q.bool(b -> b.mustNot(m -> m.term(t -> t.field("type").value(type.code())))))).count();
            assertThat(wrongType).as("documents of other types behind %s", type.alias()).isZero();
        }
        assertThat(indexer.indicesOf(DocumentType.ALL_ALIAS)).containsExactly(index);
        assertThat(client.count(c -> c.index(DocumentType.ALL_ALIAS)).count())
                .isEqualTo(TestCatalog.items().size() + TestCatalog.hall().windows().size() + TestCatalog.hall().staff().size());
        assertThat(client.indices().exists(e -> e.index("hall-staff-1700000000000-1")).value()).isFalse();
    }

    @Test
    void progressIsReportedForEveryType() throws Exception {
        ConcurrentLinkedQueue<String> reports = new ConcurrentLinkedQueue<>();
        new CatalogIndex(client, null).rebuild(TestCatalog.hall(),
                (type, done, total) -> reports.add(type.code() + " " + done + "/" + total));
        assertThat(reports).anyMatch(r -> r.startsWith("item ") && r.endsWith("/" + TestCatalog.items().size()));
        assertThat(reports).anyMatch(r -> r.startsWith("window "));
        assertThat(reports).anyMatch(r -> r.startsWith("staff "));
    }
}
