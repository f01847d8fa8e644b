package org.virtualhall.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.junit.jupiter.api.Test;

class PinyinTokenFilterTests {

    @Test
    void fullPinyinReadsPolyphonesByWord() throws IOException {
        assertThat(tokens("重新申领", PinyinMode.FULL, false, 1)).containsExactly("chongxinshenling");
    }

    @Test
    void initialsOfEveryRunAreEmittedForIndexing() throws IOException {
        assertThat(tokens("身份证补领", PinyinMode.INITIALS, true, 2))
                .startsWith("sfzbl")
                .contains("sfz", "fz", "bl")
                .doesNotContain("s", "b");
    }

    @Test
    void latinAndDigitsPassThroughAndPunctuationIsDropped() throws IOException {
        assertThat(tokens("Shen fen-zheng 2", PinyinMode.FULL, false, 1)).containsExactly("shenfenzheng2");
    }

    @Test
    void runsAreCappedButTheWholeNameIsKept() throws IOException {
        List<String> tokens = tokens("公众聚集场所投入使用营业前消防安全检查", PinyinMode.INITIALS, true, 2);
        assertThat(tokens.get(0)).isEqualTo("gzjjcstrsyyyqxfaqjc");
        assertThat(tokens.subList(1, tokens.size())).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(8))
                .contains("xfaqjc");
    }

    @Test
    void typedInitialsStayWhole() throws IOException {
        assertThat(tokens("SFZ", PinyinMode.INITIALS, false, 1)).containsExactly("sfz");
    }

    private static List<String> tokens(String text, PinyinMode mode, boolean ngrams, int min) throws IOException {
        KeywordTokenizer tokenizer = new KeywordTokenizer();
        tokenizer.setReader(new StringReader(text));
        return Tokens.of(new PinyinTokenFilter(tokenizer, mode, ngrams, min, 8));
    }
}
