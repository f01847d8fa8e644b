package org.virtualhall.client.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.testing.TestCatalog;
import org.virtualhall.model.catalog.Item;

class ApplicationCheckTests {

    private final Item item = TestCatalog.idCardReissue();

    @Test
    void aCompleteFormPasses() {
        assertThat(ApplicationCheck.form(item, Map.of("reason", "丢失", "address", "青溪县城关镇人民路1号"))).isEmpty();
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThat(ApplicationCheck.form(item, Map.of("reason", "丢失")))
                .containsExactly(new FieldProblem("form.address", "请填写户籍地址"));
    }

    @Test
    void aSelectOnlyTakesItsOptions() {
        assertThat(ApplicationCheck.form(item, Map.of("reason", "借给别人", "address", "人民路1号")))
                .extracting(FieldProblem::field).containsExactly("form.reason");
    }

    @Test
    void aTooLongValueIsRefused() {
        assertThat(ApplicationCheck.form(item, Map.of("reason", "丢失", "address", "路".repeat(101))))
                .extracting(FieldProblem::reason).containsExactly("户籍地址：不能超过100个字符");
    }

    @Test
    void aMobileFieldIsCheckedAsAMobileNumber() {
        Item other = TestCatalog.settleByProperty();
        assertThat(ApplicationCheck.form(other, Map.of("mobile", "12345"))).extracting(FieldProblem::field)
                .containsExactly("form.mobile");
        assertThat(ApplicationCheck.form(other, Map.of("mobile", "13800138000"))).isEmpty();
    }

    @Test
    void everyRequiredMaterialMustBeTicked() {
        assertThat(ApplicationCheck.materials(item, Set.of())).extracting(FieldProblem::field)
                .containsExactly("materials.户口簿");
        assertThat(ApplicationCheck.materials(item, Set.of("户口簿"))).isEmpty();
    }
}
