package org.virtualhall.approval.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void fieldsWithCommasQuotesAndLineBreaksSurviveARoundTrip() {
        List<List<String>> rows = List.of(List.of("工号", "职责"),
                List.of("QX0001", "受理，审核\n一次性告知"), List.of("QX0002", "说 \"首问负责\", 不推诿"));
        assertThat(Csv.read(Csv.write(rows))).isEqualTo(rows);
    }

    @Test
    void excelByteOrderMarkAndBlankLastLineAreIgnored() {
        assertThat(Csv.read("\uFEFFa,b\r\n1,2\r\n\r\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void wrongHeaderIsNamed() {
        assertThatThrownBy(() -> CatalogCsv.DEPARTMENTS.rows("code,name\nGA,公安局\n"))
                .hasMessageContaining("第 1 行").hasMessageContaining("表头");
    }

    @Test
    void badChoiceNamesLineAndColumn() {
        String csv = "部门代码,全称,简称,电话,常驻/预约,职责\nGA,青溪县公安局,公安局,0571-1,ALWAYS,户籍\n";
        assertThatThrownBy(() -> CatalogCsv.DEPARTMENTS.rows(csv).get(0).department())
                .hasMessageContaining("第 2 行").hasMessageContaining("常驻/预约");
    }
}
