package org.virtualhall.approval.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.virtualhall.model.catalog.FieldType;
import org.virtualhall.model.catalog.MaterialForm;
import org.virtualhall.model.catalog.MaterialRole;

class ItemLinesTests {

    @Test
    void materialAndFieldLinesReadBackWhatTheyWrite() {
        var materials = ItemLines.materials("户口簿|MAIN|ORIGINAL|1|必交|本人户口簿\n报案回执|SUPPORTING|COPY|1|选交|被盗时提供");
        assertThat(materials).hasSize(2);
        assertThat(materials.get(0).role()).isEqualTo(MaterialRole.MAIN);
        assertThat(materials.get(1).form()).isEqualTo(MaterialForm.COPY);
        assertThat(materials.get(1).required()).isFalse();
        assertThat(ItemLines.material(materials.get(0))).isEqualTo("户口簿|MAIN|ORIGINAL|1|必交|本人户口簿");

        var fields = ItemLines.fields("reason|补领原因|SELECT|必填|丢失、被盗|0");
        assertThat(fields.get(0).type()).isEqualTo(FieldType.SELECT);
        assertThat(fields.get(0).options()).containsExactly("丢失", "被盗");
        assertThat(ItemLines.field(fields.get(0))).isEqualTo("reason|补领原因|SELECT|必填|丢失、被盗|0");
    }

    @Test
    void unreadableLineIsNamedWithItsBox() {
        assertThatThrownBy(() -> ItemLines.fields("a|b|TEXT|必填|\nx|年龄|INTEGER|必填||3"))
                .isInstanceOfSatisfying(ItemLines.LineException.class, e -> assertThat(e.field()).isEqualTo("form"))
                .hasMessageContaining("第 1 行");
        assertThatThrownBy(() -> ItemLines.fields("x|年龄|INTEGER|必填||3"))
                .hasMessageContaining("INTEGER");
    }
}
