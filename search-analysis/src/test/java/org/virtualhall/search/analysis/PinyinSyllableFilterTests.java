package org.virtualhall.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.junit.jupiter.api.Test;

class PinyinSyllableFilterTests {

    @Test
    void chineseAndTypedPinyinMeetSyllableBySyllable() throws IOException {
        assertThat(syllables("老人钱")).containsExactly("lao", "ren", "qian");
        assertThat(syllables("laorenqian")).containsExactly("lao", "ren", "qian");
        assertThat(syllables("Lao Ren qian")).containsExactly("lao", "ren", "qian");
    }

    @Test
    void typedPinyinIsCutIntoTheFewestSyllables() {
        assertThat(PinyinSplitter.split("xian")).containsExactly("xian");
        assertThat(PinyinSplitter.split("fangchanzheng")).containsExactly("fang", "chan", "zheng");
        assertThat(PinyinSplitter.split("shengwabutie")).containsExactly("sheng", "wa", "bu", "tie");
    }

    @Test
    void lettersThatAreNoSyllableStayTogether() {
        assertThat(PinyinSplitter.split("sfz")).containsExactly("sfz");
        assertThat(PinyinSplitter.split("dibaoqq")).containsExactly("di", "bao", "qq");
    }

    private static List<String> syllables(String text) throws IOException {
        KeywordTokenizer tokenizer = new KeywordTokenizer();
        tokenizer.setReader(new StringReader(text));
        return Tokens.of(new PinyinSyllableFilter(tokenizer));
    }
}
