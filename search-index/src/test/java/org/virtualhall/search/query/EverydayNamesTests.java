package org.virtualhall.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.virtualhall.search.index.DocumentType;
import org.virtualhall.search.testing.FixtureIndex;
import org.virtualhall.search.testing.SearchNodeExtension;

/** Items found by the names citizens use: aliases, their sound, 同义词词林, and never an empty answer. */
@ExtendWith(SearchNodeExtension.class)
class EverydayNamesTests {

    private final SearchService service = new SearchService(FixtureIndex.client());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            老人钱      | MZ008
            低保        | MZ004
            生娃补贴    | YB008
            开餐厅      | SJ005
            补房产证    | BDC004
            """)
    void anAliasFindsItsItemFirst(String query, String code) {
        SearchResult result = items(query);
        assertThat(result.fallback()).isFalse();
        assertThat(result.hits()).first().satisfies(hit -> assertThat(hit.id()).isEqualTo(code));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            laorenqian    | MZ008
            dibaohu       | MZ004
            chi dibao     | MZ004
            shengwabutie  | YB008
            fangchanzheng | BDC001
            zlj           | MZ008
            fcz           | BDC001
            """)
    void theFullPinyinOrInitialsOfAColloquialAbbreviationFindItsItem(String query, String code) {
        assertThat(codes(items(query)).subList(0, 1)).containsExactly(code);
    }

    @Test
    void aColloquialWordOfTheSynonymListIsFoundByItsPinyin() {
        // 迁户籍 is only in the synonym list (迁户口, 户口迁移, 迁户籍, 户口迁移登记), not among the item's aliases
        assertThat(codes(items("qianhuji")).stream().limit(3)).contains("GA006");
    }

    @Test
    void synonymsFromTheThesaurusRankBelowTheWordsAsTyped() {
        // 同义词词林 has 津贴 = 补贴: the 补贴 items are found, after every item whose name says 津贴
        List<SearchHit> hits = items("津贴").hits();
        int lastExact = lastIndexWhere(hits, hit -> hit.name().contains("津贴"));
        int firstRelated = firstIndexWhere(hits, hit -> hit.name().contains("补贴") && !hit.name().contains("津贴"));
        assertThat(lastExact).isGreaterThanOrEqualTo(1);
        assertThat(firstRelated).as("an item found through 补贴").isPositive().isGreaterThan(lastExact);
    }

    @Test
    void aTextThatMatchesNoWordFallsBackToTheClosestItemsBySound() {
        SearchResult result = items("gaolingxxxx");
        assertThat(result.fallback()).isTrue();
        assertThat(result.hits()).first().satisfies(hit -> assertThat(hit.id()).isEqualTo("MZ008"));
        assertThat(result.suggestions()).first().isEqualTo("高龄津贴申领");
        assertThat(result.suggestions()).hasSizeLessThanOrEqualTo(SearchService.SUGGESTIONS);
        assertThat(result.askOffer()).as("the hall API adds the offer to ask").isNull();
    }

    @Test
    void aTextCloseToNothingAnswersTheFrequentItemsInTheirOrder() {
        for (String text : List.of("嗯嗯嗯", "???", "xyzqqq")) {
            SearchResult result = items(text);
            assertThat(result.fallback()).as(text).isTrue();
            assertThat(codes(result)).as(text).startsWith(FrequentItems.shipped().get(0), FrequentItems.shipped().get(1));
            assertThat(result.total()).as(text).isPositive();
        }
    }

    @Test
    void aMatchIsNoFallbackAndSuggestsNothing() {
        SearchResult result = items("结婚登记");
        assertThat(result.fallback()).isFalse();
        assertThat(result.suggestions()).isEmpty();
    }

    private SearchResult items(String text) {
        return service.search(new SearchQuery(text, Optional.of(DocumentType.ITEM), Optional.empty(), Optional.empty(), 10));
    }

    private static List<String> codes(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    private static int lastIndexWhere(List<SearchHit> hits, Predicate<SearchHit> test) {
        int last = -1;
        for (int i = 0; i < hits.size(); i++) {
            if (test.test(hits.get(i))) {
                last = i;
            }
        }
        return last;
    }

    private static int firstIndexWhere(List<SearchHit> hits, Predicate<SearchHit> test) {
        for (int i = 0; i < hits.size(); i++) {
            if (test.test(hits.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
