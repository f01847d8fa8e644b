package org.virtualhall.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualhall.search.index.DocumentType;
import org.virtualhall.search.testing.FixtureIndex;
import org.virtualhall.search.testing.SearchNodeExtension;

/** The hall-analysis plugin inside the real node, through the analyzers of the index template. */
@ExtendWith(SearchNodeExtension.class)
class HallAnalysisTests {

    private final ElasticsearchClient client = FixtureIndex.client();

    @Test
    void smartcnCutsHallWordsIntoWords() throws IOException {
        assertThat(tokens("hall_text", "居民身份证补领")).startsWith("居民", "身份证");
        assertThat(tokens("hall_text", "住房公积金提取")).contains("公积金", "提取");
    }

    @Test
    void bigramsCoverEveryPairOfCharacters() throws IOException {
        assertThat(tokens("hall_bigram", "结婚登记")).containsExactly("结婚", "婚登", "登记");
    }

    @Test
    void synonymsTurnColloquialWordsIntoOfficialOnes() throws IOException {
        assertThat(tokens("hall_text_search", "身份证丢了")).contains("居民", "补", "领");
        assertThat(tokens("hall_text_search", "开个饭馆")).contains("食品", "经营");
        assertThat(tokens("hall_text_search", "身分证")).contains("身份证");
    }

    @Test
    void pinyinAndInitialsOfNamesAreIndexed() throws IOException {
        assertThat(tokens("hall_pinyin", "居民身份证补领")).contains("jumin", "shenfenzheng", "shenfenzhengbuling");
        assertThat(tokens("hall_initials", "结婚登记")).contains("jhdj", "jh", "dj");
        assertThat(tokens("hall_pinyin_search", "重新申领")).containsExactly("chongxinshenling");
        assertThat(tokens("hall_initials_search", "SFZ")).containsExactly("sfz");
    }

    @Test
    void theRelatedAnalyzerAddsThesaurusSynonymsOfEachWord() throws IOException {
        assertThat(tokens("hall_text_related", "下岗")).contains("下岗", "失业");
        assertThat(tokens("hall_text_search", "下岗")).doesNotContain("失业");
    }

    @Test
    void syllablesOfCharactersAndOfTypedPinyinMeet() throws IOException {
        assertThat(tokens("hall_syllables", "老人钱")).containsExactly("lao", "ren", "qian");
        assertThat(tokens("hall_syllables", "laorenqian")).containsExactly("lao", "ren", "qian");
        assertThat(tokens("hall_chars", "老人钱")).containsExactly("老", "人", "钱");
    }

    @Test
    void punctuationIsNoWord() throws IOException {
        assertThat(tokens("hall_text", "住房公积金提取（租房）？")).doesNotContain("（", "）", "？", ",").contains("租房");
        assertThat(tokens("hall_text_search", "???")).isEmpty();
    }

    private List<String> tokens(String analyzer, String text) throws IOException {
        return client.indices().analyze(a -> a.index(DocumentType.ITEM.alias()).analyzer(analyzer).text(text))
                .tokens().stream().map(AnalyzeToken::token).toList();
    }
}
