package org.virtualhall.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.virtualhall.search.index.DocumentType;
import org.virtualhall.search.testing.FixtureIndex;
import org.virtualhall.search.testing.SearchNodeExtension;

@ExtendWith(SearchNodeExtension.class)
class SearchServiceTests {

    private final SearchService service = new SearchService(FixtureIndex.client());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            领结婚证        | 结婚登记
            身份证丢了      | 居民身份证补领
            开个饭馆        | 食品经营许可
            公积金还房贷    | 住房公积金提取（偿还住房贷款）
            房产证丢了      | 不动产权证书补发
            社保卡丢了      | 社会保障卡补换
            良民证          | 无犯罪记录证明
            """)
    void colloquialWordsFindTheOfficialItem(String query, String expected) {
        assertThat(topNames(query, 3)).contains(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            jiehundengji    | 结婚登记
            sfz             | 居民身份证补领
            jhdj            | 结婚登记
            shipinjingying  | 食品经营许可
            """)
    void pinyinAndInitialsFindTheItem(String query, String expected) {
        assertThat(topNames(query, 5)).contains(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            身分证补领      | 居民身份证补领
            身分证          | 居民身份证补领
            jiehundenji     | 结婚登记
            shenfenzhengbulin | 居民身份证补领
            shipinjinying   | 食品经营许可
            """)
    void typosStillFindTheItem(String query, String expected) {
        assertThat(topNames(query, 3)).contains(expected);
    }

    @Test
    void typedPinyinThatMatchesExactlyIsNotDilutedByNearMatches() {
        // sfz exists exactly as initials: the fuzzy stage is not needed and does not run
        SearchResult exact = service.search(query("sfz", Optional.of(DocumentType.ITEM), Optional.empty(), Optional.empty()));
        assertThat(exact.total()).isGreaterThanOrEqualTo(SearchService.FUZZY_BELOW);
        assertThat(exact.hits()).first().satisfies(hit -> assertThat(hit.name()).contains("身份证"));
        // jiehundenji matches nothing exactly: the second stage finds 结婚登记 by edit distance
        SearchResult typo = service.search(query("jiehundenji", Optional.of(DocumentType.ITEM), Optional.empty(), Optional.empty()));
        assertThat(typo.hits()).first().satisfies(hit -> assertThat(hit.name()).isEqualTo("结婚登记"));
    }

    @Test
    void everyTypeIsFoundWhenNoTypeIsGiven() {
        SearchResult all = service.search(new SearchQuery("公安局", Optional.empty(), Optional.empty(), Optional.empty(), 50));
        assertThat(all.hits()).extracting(SearchHit::type).contains("item", "window", "staff");
    }

    @Test
    void filtersByTypeDepartmentAndFloor() {
        SearchResult windows = service.search(query("公安局", Optional.of(DocumentType.WINDOW), Optional.empty(), Optional.empty()));
        assertThat(windows.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.type()).isEqualTo("window"));

        SearchResult ofMz = service.search(query("登记", Optional.empty(), Optional.of("MZ"), Optional.empty()));
        assertThat(ofMz.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.department()).isEqualTo("MZ"));

        SearchResult secondFloor = service.search(query("登记", Optional.empty(), Optional.empty(), Optional.of(2)));
        assertThat(secondFloor.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.floor()).isEqualTo(2));
    }

    @Test
    void hitsCarryWindowsAndAHighlight() {
        SearchHit top = service.search(query("结婚登记", Optional.of(DocumentType.ITEM), Optional.empty(), Optional.empty()))
                .hits().get(0);
        assertThat(top.name()).isEqualTo("结婚登记");
        assertThat(top.windows()).containsExactly("C01");
        assertThat(top.highlight()).contains("<em>");
    }

    @Test
    void theHighlightIsTheWholeNameWithTheMatchedWordsMarked() {
        SearchResult result = service.search(query("公积金提取退休", Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(result.hits()).isNotEmpty().allSatisfy(hit ->
                assertThat(hit.highlight().replace("<em>", "").replace("</em>", "")).isEqualTo(hit.name()));
        assertThat(result.hits()).anySatisfy(hit -> assertThat(hit.name()).contains("（"))
                .anySatisfy(hit -> assertThat(hit.highlight()).contains("<em>"));
    }

    @Test
    void windowsComeInTheCatalogsOrder() {
        SearchHit top = service.search(query("非强制检定计量器具校准服务", Optional.of(DocumentType.ITEM), Optional.empty(),
                Optional.empty())).hits().get(0);
        assertThat(top.windows()).containsExactly("F05", "D04");
        assertThat(top.highlight()).isEqualTo("<em>非强制检定计量器具校准服务</em>");
    }

    @Test
    void staffAreFoundByNameAndTheirWindow() {
        SearchResult result = service.search(query("莫晨曦", Optional.of(DocumentType.STAFF), Optional.empty(), Optional.empty()));
        assertThat(result.hits().get(0).windows()).containsExactly("A01");
    }

    @Test
    void suggestCompletesCharactersAndInitials() {
        assertThat(service.suggest("结婚", 8)).contains("结婚登记");
        assertThat(service.suggest("sfz", 8)).anyMatch(name -> name.contains("身份证"));
    }

    private List<String> topNames(String text, int n) {
        return service.search(query(text, Optional.of(DocumentType.ITEM), Optional.empty(), Optional.empty()))
                .hits().stream().limit(n).map(SearchHit::name).toList();
    }

    private static SearchQuery query(String text, Optional<DocumentType> type, Optional<String> dept, Optional<Integer> floor) {
        return new SearchQuery(text, type, dept, floor, 10);
    }
}
