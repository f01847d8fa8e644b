package org.virtualhall.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtualhall.model.catalog.FieldType;
import org.virtualhall.model.catalog.FormField;

class FormFieldCheckTests {

    private static FormField field(FieldType type, int maxLength, String... options) {
        return new FormField("f", "字段", type, true, List.of(options), maxLength);
    }

    @Test
    void eachTypeHasItsFormat() {
        assertThat(FormFieldCheck.problem(field(FieldType.NUMBER, 0), "12.5")).isEmpty();
        assertThat(FormFieldCheck.problem(field(FieldType.NUMBER, 0), "十二")).contains("应为数字");
        assertThat(FormFieldCheck.problem(field(FieldType.DATE, 0), "2026-02-30")).contains("应为日期，格式 yyyy-MM-dd");
        assertThat(FormFieldCheck.problem(field(FieldType.ID_NUMBER, 0), "11010519491231002X")).isEmpty();
        assertThat(FormFieldCheck.problem(field(FieldType.ID_NUMBER, 0), "110105194912310021")).contains("身份证号码校验位错误");
        assertThat(FormFieldCheck.problem(field(FieldType.MOBILE, 0), "1381234567")).isPresent();
        assertThat(FormFieldCheck.problem(field(FieldType.CREDIT_CODE, 0), "91330100716105852F")).isEmpty();
        assertThat(FormFieldCheck.problem(field(FieldType.SELECT, 0, "丢失", "被盗"), "损坏"))
                .contains("只能是以下之一：丢失、被盗");
    }

    @Test
    void lengthsFollowTheFieldOrItsTypesDefault() {
        assertThat(FormFieldCheck.maxLength(field(FieldType.TEXT, 0))).isEqualTo(100);
        assertThat(FormFieldCheck.maxLength(field(FieldType.TEXTAREA, 0))).isEqualTo(2000);
        assertThat(FormFieldCheck.maxLength(field(FieldType.ADDRESS, 30))).isEqualTo(30);
        assertThat(FormFieldCheck.problem(field(FieldType.TEXT, 0), "字".repeat(101))).contains("不能超过100个字符");
        assertThat(FormFieldCheck.problem(field(FieldType.TEXT, 0), "字".repeat(100))).isEmpty();
    }
}
