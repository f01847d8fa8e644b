package org.virtualhall.gateway.outer.check;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.virtualhall.gateway.web.Refusal;

class ContentCheckTests {

    private final ContentCheck check = new ContentCheck(null, SensitiveWords.of(List.of("办假证", "代开发票")));

    @ParameterizedTest
    @ValueSource(strings = {"本件涉密", "机密文件", "绝密", "商业秘密"})
    void classifiedMarkersAreRefused(String text) {
        assertThatThrownBy(() -> check.inspect("form.remark", text)).isInstanceOf(Refusal.class)
                .hasMessageContaining("上网信息不涉密").extracting(e -> ((Refusal) e).field()).isEqualTo("form.remark");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>", "<img onerror=x>", "javascript:void(0)", "&#60;", "${jndi:x}", "<!-- x -->", "备注onload=x"})
    void markupIsRefused(String text) {
        assertThatThrownBy(() -> check.inspect("form.remark", text)).extracting(e -> ((Refusal) e).error())
                .isEqualTo("markup_not_allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"可以办 假证吗", "代开发票"})
    void sensitiveWordsAreRefusedEvenWhenSpacedOut(String text) {
        assertThatThrownBy(() -> check.inspect("form.remark", text)).extracting(e -> ((Refusal) e).error())
                .isEqualTo("sensitive_word");
    }

    @ParameterizedTest
    @ValueSource(strings = {"青溪县青溪大道188号3幢2单元", "因工作调动申请居住证明", "a < b 且 c > d", "online 申报", "密码已修改"})
    void ordinaryTextPasses(String text) {
        assertThatCode(() -> check.inspect("form.remark", text)).doesNotThrowAnyException();
    }
}
