package org.virtualhall.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMarksTests {

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            身份证丢了        | 居民身份证补领              | 居民<em>身份证</em>补领
            领结婚证          | 结婚登记                    | <em>结婚</em>登记
            公积金提取退休    | 住房公积金提取（退休）      | 住房<em>公积金提取</em>（<em>退休</em>）
            结婚登记          | 结婚登记                    | <em>结婚登记</em>
            jiehundengji      | 结婚登记                    | 结婚登记
            税                | 个人所得税                  | 个人所得<em>税</em>
            icp备案           | ICP备案                     | <em>ICP备案</em>
            记证              | 结婚登记证                  | 结婚登<em>记证</em>
            """)
    void theWordsTypedAreMarkedInTheName(String text, String name, String marked) {
        assertThat(NameMarks.mark(name, text)).isEqualTo(marked);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            老人钱        | 高龄津贴申领
            人            | 高龄津贴申领
            """)
    void aNameSharingNoRunOfTheTextStaysPlain(String text, String name) {
        assertThat(NameMarks.mark(name, text)).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            证𠀀      | 证𠀁
            """)
    void aMarkNeverSplitsACharacter(String text, String name) {
        assertThat(NameMarks.mark(name, text)).isEqualTo(name);
    }
}
