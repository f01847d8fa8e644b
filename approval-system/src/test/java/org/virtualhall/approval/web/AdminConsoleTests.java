package org.virtualhall.approval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.store.TestGateway;

/** The back office: field checks, whole-catalog checks, CSV round trip and publishing. */
class AdminConsoleTests extends ConsoleOnH2 {

    @Autowired
    Catalog catalog;

    @Test
    void badFieldsAreNamedNextToTheField() throws Exception {
        mvc.perform(post("/admin/departments").with(admin()).with(csrf()).param("code", "gx").param("name", "")
                        .param("shortName", "规划").param("phone", "abc").param("attendance", "RESIDENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-code\"")))
                .andExpect(content().string(containsString("部门代码为 2-5 个大写字母")))
                .andExpect(content().string(containsString("请填写部门全称")))
                .andExpect(content().string(containsString("电话只能包含数字和连字符")));
    }

    @Test
    void windowOfAnUnknownDepartmentFailsTheCatalogCheck() throws Exception {
        mvc.perform(post("/admin/windows").with(admin()).with(csrf()).param("number", "A09").param("department", "XX")
                        .param("floor", "1").param("zone", "A").param("x", "2").param("y", "26").param("facing", "EAST")
                        .param("kind", "ACCEPTANCE").param("attendance", "RESIDENT").param("sign", "测试窗口"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("目录检查未通过")));
        assertThat(catalog.store().windows()).noneMatch(w -> w.number().equals("A09"));
    }

    @Test
    void departmentIsAddedEditedAndRefusedDeletionWhileWindowsUseIt() throws Exception {
        mvc.perform(post("/admin/departments").with(admin()).with(csrf()).param("code", "QX").param("name", "青溪县气象局")
                        .param("shortName", "气象局").param("phone", "0571-64010999").param("attendance", "APPOINTMENT")
                        .param("description", "气象服务"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", "已保存：青溪县气象局"));
        assertThat(catalog.store().departments()).anyMatch(d -> d.code().equals("QX") && d.shortName().equals("气象局"));

        mvc.perform(post("/admin/departments/GA/delete").with(admin()).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("不能删除 GA")));
        mvc.perform(post("/admin/departments/QX/delete").with(admin()).with(csrf()))
                .andExpect(flash().attribute("done", "已删除：QX"));
    }

    @Test
    void newStaffGetsAnAccountAndAnUncheckedBoxMeansAway() throws Exception {
        mvc.perform(post("/admin/staff").with(admin()).with(csrf()).param("badge", "QX0900").param("name", "周敏")
                        .param("department", "GA").param("window", "A02").param("post", "B").param("role", "受理岗（B岗）")
                        .param("title", "一级科员").param("duties", "户政受理\n一次性告知"))
                .andExpect(flash().attribute("done", "已保存：周敏"));
        assertThat(catalog.store().staff()).anyMatch(s -> s.badge().equals("QX0900") && !s.onDuty()
                && s.duties().size() == 2);
        assertThat(users.find("QX0900")).hasValueSatisfying(u -> assertThat(u.windowNo()).isEqualTo("A02"));
    }

    @Test
    void staffCsvExportsAndImportsBack() throws Exception {
        String csv = mvc.perform(get("/admin/csv/staff.csv").with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF工号,姓名").contains("QX0005,刘梦洁");

        String edited = csv.replace("QX0005,刘梦洁", "QX0005,刘梦婕");
        mvc.perform(multipart("/admin/csv/staff").file(new MockMultipartFile("file", "staff.csv", "text/csv",
                        edited.getBytes(StandardCharsets.UTF_8))).with(admin()).with(csrf()))
                .andExpect(flash().attribute("done", containsString("已导入")));
        assertThat(catalog.store().staff()).anyMatch(s -> s.badge().equals("QX0005") && s.name().equals("刘梦婕"));

        mvc.perform(multipart("/admin/csv/staff").file(new MockMultipartFile("file", "staff.csv", "text/csv",
                        "工号,姓名\nQX1,甲\n".getBytes(StandardCharsets.UTF_8))).with(admin()).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("表头")));
    }

    @Test
    void itemMaterialLineThatCannotBeReadIsNamed() throws Exception {
        mvc.perform(post("/admin/items").with(admin()).with(csrf()).param("code", "GA010").param("unifiedCode", "000101010000")
                        .param("name", "户籍证明开具").param("department", "GA").param("category", "户籍证件")
                        .param("caseType", "ON_THE_SPOT").param("legalBasis", "《户口登记条例》").param("conditions", "本县户籍")
                        .param("materials", "居民身份证|MAIN|ORIGINAL|1|必交").param("procedure", "申请、受理")
                        .param("statutoryDays", "1").param("promisedDays", "0").param("fee", "不收费").param("feeBasis", "不收费")
                        .param("windows", "A01").param("authority", "受理").param("phone", "0571-64010110")
                        .param("responsible", "户政科").param("visits", "1").param("form", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-materials\"")))
                .andExpect(content().string(containsString("第 1 行")));
    }

    @Test
    void publishingSendsTheWholeCatalogToTheGateway() throws Exception {
        int before = TestGateway.shared().catalogs().size();
        mvc.perform(post("/admin/publish").with(admin()).with(csrf()))
                .andExpect(flash().attribute("done", containsString("已发布版本")));
        assertThat(TestGateway.shared().catalogs()).hasSize(before + 1);
        var published = TestGateway.shared().catalogs().get(before);
        assertThat(published.path("version").asText()).hasSize(16);
        assertThat(published.path("items").size()).isEqualTo(catalog.store().items().size());
        assertThat(published.path("hall").path("floors").size()).isGreaterThan(0);
    }

    @Test
    void windowFormDrawsTheFloorPlan() throws Exception {
        mvc.perform(get("/admin/windows/A03").with(admin())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"plan-1\"")))
                .andExpect(content().string(containsString(">A03</text>")));
    }
}
