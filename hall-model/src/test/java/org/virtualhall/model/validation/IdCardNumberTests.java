package org.virtualhall.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdCardNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "11010519491231002X", // the example printed in GB 11643-1999
            "440524188001010014", // the other example of the standard
            "110101199003074477",
            "330199198807150027",
            "11010519491231002x"  // lower-case x is what people type
    })
    void acceptsValidNumbers(String id) {
        assertThat(IdCardNumber.problem(id)).isEmpty();
        assertThat(IdCardNumber.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "110105194912310021 | 校验位错误",
            "330102199003077891 | 校验位错误",
            "11010519491231002  | 应为18位",
            "1101051949123100211| 应为18位",
            "11010519491231002Y | 应为18位",
            "A1010519491231002X | 应为18位",
            "991010194912310023 | 地址码无效",
            "110105194902300023 | 出生日期无效",
            "110105186012310026 | 出生日期不合理",
            "110105209912310028 | 出生日期不合理"
    })
    void namesTheProblemOfInvalidNumbers(String id, String reason) {
        assertThat(IdCardNumber.problem(id.trim())).hasValueSatisfying(p -> assertThat(p).contains(reason));
    }

    @Test
    void refusesMissingNumbers() {
        assertThat(IdCardNumber.problem(null)).contains("身份证号码不能为空");
        assertThat(IdCardNumber.problem("   ")).contains("身份证号码不能为空");
    }

    @Test
    void computesTheCheckCharacterOfTheStandardsExample() {
        assertThat(IdCardNumber.checkChar("11010519491231002")).isEqualTo('X');
        assertThat(IdCardNumber.checkChar("44052418800101001")).isEqualTo('4');
    }
}
