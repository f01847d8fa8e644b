package org.virtualhall.client.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTextTests {

    private final PinyinText pinyin = PinyinText.fromClasspath();

    @Test
    void plainWordsGetTheirDictionaryReadingWithToneDigits() {
        assertThat(pinyin.convert("前方左转")).isEqualTo("qian2 fang1 zuo3 zhuan3");
    }

    @Test
    void theOverrideTableFixesPolyphones() {
        assertThat(pinyin.convert("银行")).isEqualTo("yin2 hang2");
        assertThat(pinyin.convert("已为您重新规划路线")).contains("chong2 xin1");
    }

    @Test
    void windowNumbersAreSpelledAndReadAsNumbers() {
        assertThat(pinyin.convert("到达A12窗口")).isEqualTo("dao4 da2 ei1 shi2 er4 chuang1 kou3");
    }

    @Test
    void punctuationBecomesAPause() {
        assertThat(pinyin.convert("上二楼，左转。")).isEqualTo("shang4 er4 lou2, zuo3 zhuan3");
    }

    @Test
    void numbersReadLikeSpokenChinese() {
        assertThat(ChineseNumbers.pinyin("10")).isEqualTo("shi2");
        assertThat(ChineseNumbers.pinyin("205")).isEqualTo("liang3 bai3 ling2 wu3");
        assertThat(ChineseNumbers.pinyin("61")).isEqualTo("liu4 shi2 yi1");
    }
}
