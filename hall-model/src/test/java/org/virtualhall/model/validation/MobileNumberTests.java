package org.virtualhall.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "19912345678", "15067891234", "+8613812345678", "138-1234-5678",
            "86 138 1234 5678"})
    void acceptsMainlandMobileNumbers(String mobile) {
        assertThat(MobileNumber.problem(mobile)).isEmpty();
        assertThat(MobileNumber.normalise(mobile)).hasSize(11).startsWith("1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "0571-64012345", "1381234567a", "10086"})
    void refusesOtherNumbers(String mobile) {
        assertThat(MobileNumber.problem(mobile)).contains("手机号码应为11位数字，以13至19开头");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void refusesEmptyNumbers(String mobile) {
        assertThat(MobileNumber.problem(mobile)).contains("手机号码不能为空");
    }
}
