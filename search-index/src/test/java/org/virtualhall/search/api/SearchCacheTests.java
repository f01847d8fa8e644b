package org.virtualhall.search.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.search.cache.ResultCache;
import org.virtualhall.search.index.CatalogDocuments;
import org.virtualhall.search.index.CatalogIndex;
import org.virtualhall.search.index.IndexProgress;
import org.virtualhall.search.index.SearchDocument;
import org.virtualhall.search.testing.FixtureIndex;
import org.virtualhall.search.testing.SearchNodeExtension;
import org.virtualhall.search.testing.TestCatalog;

/** The API's answer cache: repeated queries come from it, an alias swap (re-index, catalog publication) empties it. */
@WithSearchApi
class SearchCacheTests {

    private static final String RENAMED = "结婚登记（婚姻登记处）";

    @LocalServerPort
    int port;

    @Autowired
    SearchCaches caches;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        registry.add("hall.search.url", () -> {
            FixtureIndex.client();
            return SearchNodeExtension.url().toString();
        });
        registry.add("hall.search.cache.check-interval", () -> "200ms");
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCache() throws Exception {
        awaitCacheServing();
        ResultCache.Stats before = caches.results().stats();
        JsonNode first = search("户口迁移");
        JsonNode second = search("户口迁移");
        assertThat(second).isEqualTo(first);
        ResultCache.Stats after = caches.results().stats();
        assertThat(after.misses() - before.misses()).isEqualTo(1);
        assertThat(after.hits() - before.hits()).isEqualTo(1);
    }

    @Test
    void anAliasSwapEmptiesTheCacheAndTheNewCatalogIsSearched() throws Exception {
        awaitCacheServing();
        assertThat(topName(search("结婚登记"))).isEqualTo("结婚登记");
        assertThat(topName(search("结婚登记"))).isEqualTo("结婚登记");

        // a catalog publication, as the outer gateway indexes it: same items, one renamed
        List<SearchDocument> published = CatalogDocuments.of(TestCatalog.hall()).stream()
                .map(d -> d.name().equals("结婚登记") ? new SearchDocument(d.type(), d.id(), RENAMED, d.aliases(), d.colloquial(),
                        d.department(), d.departmentName(), d.windows(), d.floor(), d.keywords(), d.body()) : d)
                .toList();
        new CatalogIndex(FixtureIndex.client(), null).rebuild(published, IndexProgress.SILENT);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> topName(search("结婚登记")).equals(RENAMED));
    }

    @AfterEach
    void restoreTheFixture() throws Exception {
        new CatalogIndex(FixtureIndex.client(), null).rebuild(TestCatalog.hall(), IndexProgress.SILENT);
    }

    /** The watch has read the aliases once: from then on repeated queries are cached. */
    private void awaitCacheServing() {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            long hits = caches.suggestions().stats().hits();
            JsonHttp.local(port).get("/api/suggest?q=" + JsonHttp.query("结婚"));
            JsonHttp.local(port).get("/api/suggest?q=" + JsonHttp.query("结婚"));
            return caches.suggestions().stats().hits() > hits;
        });
    }

    private JsonNode search(String q) throws Exception {
        var response = JsonHttp.local(port).get("/api/search?type=item&size=3&q=" + JsonHttp.query(q));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static String topName(JsonNode result) {
        return result.get("hits").get(0).get("name").asText();
    }
}
