package org.virtualhall.gateway.inner.transform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.virtualhall.gateway.inner.InnerProperties;
import org.virtualhall.gateway.support.InnerSettings;
import org.virtualhall.model.catalog.Department;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;

/** The shipped code tables (assets codes/) cover the shipped hall: no item can fail 对照匹配 for want of a row. */
class CodeTablesTests {

    private final InnerProperties props = InnerSettings.of("http://x", 100);
    private final CodeTables codes = new CodeTables(props, new DefaultResourceLoader());

    @Test
    void everyShippedItemDepartmentAndTheRegionHaveAnInnerCode() {
        Hall hall = HallLoader.fromClasspath();
        for (Item item : hall.items()) {
            assertThat(codes.item(item.code())).as(item.code()).isPresent();
        }
        for (Department d : hall.departments()) {
            assertThat(codes.department(d.code())).as(d.code()).isPresent();
        }
        assertThat(codes.region(hall.info().regionCode())).contains(hall.info().regionCode() + "000000");
    }

    @Test
    void aShippedItemTransformsIntoTheApprovalFormat() {
        Hall hall = HallLoader.fromClasspath();
        Item item = hall.items().get(0);
        var submission = new org.virtualhall.model.submission.Submission("SB1", item.code(),
                org.virtualhall.gateway.support.Applicants.applicant(1), java.util.Map.of(), java.util.List.of(),
                java.time.Instant.parse("2026-11-23T08:00:00Z"), "web");
        IntakeRecord record = new Transformer(codes, props).transform(submission);
        assertThat(record.sxbm()).isEqualTo(codes.item(item.code()).orElseThrow());
        assertThat(record.bmbm()).isEqualTo(codes.department(item.department()).orElseThrow());
        assertThat(record.xzqh()).isEqualTo("330199000000");
        assertThat(record.sqr().zjhm()).isEqualTo(submission.applicant().idNumber());
    }
}
