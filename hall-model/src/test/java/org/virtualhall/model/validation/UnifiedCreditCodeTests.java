package org.virtualhall.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedCreditCodeTests {

    @ParameterizedTest
    @ValueSource(strings = {"9144030071526726XG", "91330100716105852F", "914403001922038216",
            "91110108551385082Q", "91350100M000100Y43", "91330100716105852f"})
    void acceptsRealCodes(String code) {
        assertThat(UnifiedCreditCode.problem(code)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "91330100716105852G | 校验位错误",
            "9133010071610585   | 应为18位",
            "91330100716105852FF| 应为18位",
            "9I330100716105852F | 第2位含有不允许的字符：I",
            "913301O0716105852F | 第7位含有不允许的字符：O",
            "91AB0100716105852F | 第3至8位应为行政区划码"
    })
    void namesTheProblem(String code, String reason) {
        assertThat(UnifiedCreditCode.problem(code.trim())).hasValueSatisfying(p -> assertThat(p).contains(reason));
    }

    @Test
    void computesTheCheckCharacter() {
        assertThat(UnifiedCreditCode.checkChar("9144030071526726X")).isEqualTo('G');
    }
}
