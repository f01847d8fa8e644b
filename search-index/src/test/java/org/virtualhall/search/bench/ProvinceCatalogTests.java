package org.virtualhall.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.search.index.CatalogIndex;
import org.virtualhall.search.index.DocumentType;
import org.virtualhall.search.index.IndexProgress;
import org.virtualhall.search.query.SearchHit;
import org.virtualhall.search.query.SearchQuery;
import org.virtualhall.search.query.SearchResult;
import org.virtualhall.search.query.SearchService;
import org.virtualhall.search.testing.FixtureIndex;
import org.virtualhall.search.testing.SearchNodeExtension;
import org.virtualhall.search.testing.TestCatalog;

/** The short version of {@code ./hall bench search-scale}: 2,000 generated items indexed and searched correctly (not timed). */
@ExtendWith(SearchNodeExtension.class)
class ProvinceCatalogTests {

    private static final int SIZE = 2_000;

    private static ElasticsearchClient client;
    private static Hall province;

    @BeforeAll
    static void indexAProvince() throws IOException {
        client = FixtureIndex.client();
        province = ProvinceCatalog.of(TestCatalog.hall(), SIZE);
        new CatalogIndex(client, null).rebuild(province, IndexProgress.SILENT);
    }

    @AfterAll
    static void restoreTheCounty() throws IOException {
        new CatalogIndex(client, null).rebuild(TestCatalog.hall(), IndexProgress.SILENT);
    }

    @Test
    void theSameSizeGivesTheSameItemsWithUniqueCodesTheCountysOwnFirst() {
        List<Item> again = ProvinceCatalog.of(TestCatalog.hall(), SIZE).items();
        assertThat(province.items()).hasSize(SIZE);
        assertThat(again).extracting(Item::code).containsExactlyElementsOf(province.items().stream().map(Item::code).toList());
        assertThat(again).extracting(Item::name).containsExactlyElementsOf(province.items().stream().map(Item::name).toList());
        assertThat(new HashSet<>(province.items().stream().map(Item::code).toList())).hasSize(SIZE);
        assertThat(province.items().subList(0, TestCatalog.items().size())).containsExactlyElementsOf(TestCatalog.items());
        assertThat(province.items()).anySatisfy(item -> assertThat(item.code()).matches("33\\d{4}-[A-Z]{2,5}\\d{3}"))
                .anySatisfy(item -> assertThat(item.code()).matches("33\\d{4}-L\\d+"));
    }

    @Test
    void everyItemIsIndexed() throws IOException {
        long items = client.count(c -> c.index(DocumentType.ITEM.alias())).count();
        assertThat(items).isEqualTo(SIZE);
    }

    @Test
    void aColloquialQueryFindsTheRightItemInEveryRegionAndALocalItemIsFoundByItsName() {
        SearchService service = new SearchService(client);
        int copies = (int) province.items().stream().filter(item -> ProvinceCatalog.countyCode(item.code()).equals("GA003")).count();
        assertThat(copies).isGreaterThan(2);
        SearchResult lost = service.search(items("身份证丢了", copies));
        assertThat(lost.hits()).hasSize(copies)
                .allSatisfy(hit -> assertThat(ProvinceCatalog.countyCode(hit.id())).isEqualTo("GA003"));
        Item local = province.items().stream().filter(item -> item.code().contains("-L")).findFirst().orElseThrow();
        assertThat(service.search(items(local.name(), 10)).hits()).extracting(SearchHit::name).contains(local.name());
    }

    @Test
    void theCitizenQueriesStillFindTheirItemAndNeverNothing() {
        SearchService service = new SearchService(client);
        List<String> misses = new ArrayList<>();
        Map<String, Relevance.Rate> rates = ScaleBench.relevance(service, BenchQuery.CITIZEN_TUNING, misses);
        assertThat(rates.get("all").top3Rate()).as("misses: %s", misses).isGreaterThanOrEqualTo(0.85);
        assertThat(rates.get("all").zeroResults()).isZero();
    }

    @Test
    void aCountBeyondTheCountedNumberIsALowerBoundAndASmallOneIsExact() {
        SearchService service = new SearchService(client);
        SearchResult common = service.search(new SearchQuery("登记", Optional.empty(), Optional.empty(), Optional.empty(), 10));
        assertThat(common.totalExact()).isFalse();
        assertThat(common.total()).isGreaterThanOrEqualTo(100);
        String person = province.staff().get(0).name();
        SearchResult one = service.search(new SearchQuery(person, Optional.of(DocumentType.STAFF), Optional.empty(), Optional.empty(), 10));
        assertThat(one.totalExact()).isTrue();
        assertThat(one.total()).isPositive();
        assertThat(one.total()).isLessThan(100);
    }

    private static SearchQuery items(String text, int size) {
        return new SearchQuery(text, Optional.of(DocumentType.ITEM), Optional.empty(), Optional.empty(), size);
    }
}
