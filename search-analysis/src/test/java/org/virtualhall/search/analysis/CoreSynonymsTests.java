package org.virtualhall.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.junit.jupiter.api.Test;

class CoreSynonymsTests {

    @Test
    void onlyTrueSynonymGroupsOfWordsWithTwoCharactersOrMore() {
        String dictionary = """
                Ae07A01= 失业 赋闲 下岗 待业 岗
                Dl01A78# 癌症 暗疾 病残
                Aa01A05@ 匹夫
                Dj07A07= 津贴 补贴 贴
                Ab01A01= 人 士
                """;
        assertThat(CoreSynonyms.rules(dictionary, 40)).containsExactly("失业, 赋闲, 下岗, 待业", "津贴, 补贴");
        assertThat(CoreSynonyms.rules(dictionary, 3)).containsExactly("津贴, 补贴");
    }

    @Test
    void theDictionaryInHanlpsJarExpandsEverydayWords() throws IOException {
        assertThat(expand("下岗了")).contains("下岗", "失业");
        assertThat(expand("老人看病")).contains("老人", "老年人", "看病", "就医");
        assertThat(expand("津贴")).contains("津贴", "补贴");
    }

    private static List<String> expand(String text) throws IOException {
        HMMChineseTokenizer tokenizer = new HMMChineseTokenizer();
        tokenizer.setReader(new StringReader(text));
        return Tokens.of(new SynonymGraphFilter(tokenizer, CoreSynonyms.map(40), true));
    }
}
