package org.virtualhall.approval.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.virtualhall.approval.audit.AuditAction;
import org.virtualhall.approval.audit.AuditLog;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.security.Accounts;
import org.virtualhall.approval.security.OneTimePassword;
import org.virtualhall.approval.web.ConsoleOnH2;
import org.virtualhall.model.catalog.Post;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.panorama.PanoramaImage;

/**
 * Every kind of administrative action, taken through the console as the administrator does, leaves its row in
 * the audit trail (who, what, which target) and shows on the audit page.
 */
class AuditTrailTests extends ConsoleOnH2 {

    @Autowired
    Catalog catalog;

    @Test
    void everyKindOfAdministrativeActionIsRecordedWithWhoAndWhat() throws Exception {
        admin(); // the administrator's own first change of password is not what this test counts
        long since = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_log").query(Long.class).single();

        // A department without a window yet: saved, but the catalog cannot be published until it has one.
        saved(post("/admin/departments").param("code", "QXB").param("name", "青溪县档案馆").param("shortName", "档案馆")
                .param("phone", "0571-64010998").param("attendance", "APPOINTMENT").param("description", "档案查询"));
        mvc.perform(post("/admin/publish").with(admin()).with(csrf())).andExpect(flash().attribute("problem", containsString("未发布")));
        deleted(post("/admin/departments/QXB/delete"));

        Window a03 = catalog.store().windows().stream().filter(w -> w.number().equals("A03")).findFirst().orElseThrow();
        saved(form("/admin/windows", fields(WindowForm.of(a03))));
        WindowForm a03Form = WindowForm.of(a03);
        saved(form("/admin/windows", fields(new WindowForm("A09", "GA", 1, "A", 6.0, 29.0, a03Form.facing(),
                a03Form.kind(), a03Form.attendance(), "公安局临时窗口"))));
        deleted(post("/admin/windows/A09/delete"));

        MvcResult created = saved(form("/admin/staff", fields(new StaffForm("QX0951", "韩晓雪", "GA", "A03", Post.B,
                "受理岗（B岗）", "一级科员", "户政受理", true))));
        @SuppressWarnings("unchecked")
        String oneTime = ((List<OneTimePassword>) created.getFlashMap().get("oneTimes")).get(0).password();
        saved(form("/admin/staff", fields(new StaffForm("QX0951", "韩晓雪", "GA", "A02", Post.B, "受理岗（B岗）", "一级科员",
                "户政受理", true))));
        assertThat(users.find("QX0951").orElseThrow().windowNo()).as("the account follows the staff list").isEqualTo("A02");
        mvc.perform(formLogin().user("QX0951").password(oneTime)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").with(user(users.loadUserByUsername("QX0951"))).with(csrf())
                        .param("current", oneTime).param("password", Accounts.CHOSEN).param("confirm", Accounts.CHOSEN))
                .andExpect(redirectedUrl("/cases"));
        deleted(post("/admin/staff/QX0951/delete"));
        assertThat(users.find("QX0951")).as("staff removed can no longer log in").isEmpty();
        mvc.perform(formLogin().user("QX0951").password(Accounts.CHOSEN)).andExpect(unauthenticated());

        Map<String, String> ga003 = fields(ItemForm.of(catalog.item("GA003").orElseThrow()));
        saved(form("/admin/items", ga003));
        ga003.putAll(Map.of("code", "GA098", "unifiedCode", "330101098000", "name", "居民身份证补领（试办）"));
        saved(form("/admin/items", ga003));
        deleted(post("/admin/items/GA098/delete"));
        mvc.perform(post("/admin/search-terms/alias").param("query", "身份证丢了咋办").param("item", "GA003")
                .with(admin()).with(csrf())).andExpect(flash().attribute("done", containsString("已添加俗称")));
        mvc.perform(post("/admin/appointment-capacity").param("window", "A03").param("capacity", "6")
                .with(admin()).with(csrf())).andExpect(flash().attribute("done", containsString("6 个名额")));

        byte[] departments = mvc.perform(get("/admin/csv/departments.csv").with(admin())).andReturn().getResponse().getContentAsByteArray();
        mvc.perform(multipart("/admin/csv/departments").file(new MockMultipartFile("file", "departments.csv", "text/csv", departments))
                .with(admin()).with(csrf())).andExpect(flash().attribute("done", containsString("已导入")));
        mvc.perform(post("/admin/publish").with(admin()).with(csrf())).andExpect(flash().attribute("done", containsString("已发布版本")));

        mvc.perform(post("/admin/panoramas").param("id", "f1-audit").param("floor", "1").param("x", "20").param("y", "25")
                .param("heading", "0").with(admin()).with(csrf())).andExpect(flash().attribute("done", "已保存点位 f1-audit"));
        mvc.perform(multipart("/admin/panoramas/f1-audit/photo").file(new MockMultipartFile("file", "f1-audit.jpg", "image/jpeg",
                PanoramaImage.shipped("f1-entrance").orElseThrow())).with(admin()).with(csrf()))
                .andExpect(flash().attribute("done", "已上传全景图：f1-audit"));
        mvc.perform(post("/admin/panoramas/f1-audit/delete").with(admin()).with(csrf()))
                .andExpect(flash().attribute("done", "已删除点位：f1-audit"));

        mvc.perform(post("/admin/accounts/QX0039/reset").with(admin()).with(csrf())).andExpect(redirectedUrl("/admin/accounts"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("QX0039").password("Wrong-" + i));
        }
        mvc.perform(post("/admin/accounts/QX0039/unlock").with(admin()).with(csrf())).andExpect(redirectedUrl("/admin/accounts"));

        Map<AuditAction, Set<String>> actors = jdbc.sql("SELECT action, actor FROM audit_log WHERE id > ?").param(since)
                .query((rs, n) -> Map.entry(AuditAction.valueOf(rs.getString("action")), rs.getString("actor"))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        assertThat(actors.keySet()).as("every kind of action").containsExactlyInAnyOrderElementsOf(EnumSet.allOf(AuditAction.class));
        actors.forEach((action, who) -> assertThat(who).as(action.name()).containsExactly(switch (action) {
            case PASSWORD_CHANGED -> "QX0951";
            case ACCOUNT_LOCKED -> AuditLog.SYSTEM;
            default -> "admin";
        }));
        assertThat(jdbc.sql("SELECT target FROM audit_log WHERE id > ? AND action IN ('STAFF_DELETED', 'ACCOUNT_DELETED',"
                + " 'ACCOUNT_CREATED')").param(since).query(String.class).list()).containsOnly("QX0951").hasSize(3);
    }

    @Test
    void theAuditPageFiltersByActionTargetAndDayAndNamesADateItCannotRead() throws Exception {
        mvc.perform(post("/admin/accounts/QX0041/reset").with(admin()).with(csrf())).andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(get("/admin/audit").param("action", "PASSWORD_RESET").param("user", "admin").param("target", "QX0041")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 1 条")))
                .andExpect(content().string(containsString("data-action=\"PASSWORD_RESET\"")))
                .andExpect(content().string(not(containsString("data-action=\"PUBLISHED\""))));
        mvc.perform(get("/admin/audit").param("target", "QX0041").param("from", "2026-13-01").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("起始日期应为 年-月-日")))
                .andExpect(content().string(containsString("共 1 条")));
        mvc.perform(get("/admin/audit").param("from", "2026-12-09").param("to", "2026-12-08").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("起始日期 2026-12-09 晚于截止日期 2026-12-08")));
    }

    private MvcResult saved(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(admin()).with(csrf())).andReturn();
        assertThat(result.getFlashMap().get("done")).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .asString().startsWith("已保存");
        return result;
    }

    private void deleted(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(admin()).with(csrf())).andExpect(flash().attribute("done", containsString("已删除")));
    }

    /** A console form's fields as the browser sends them: each by its name; an unticked box sends nothing. */
    private static Map<String, String> fields(Record form) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        for (RecordComponent field : form.getClass().getRecordComponents()) {
            Object value = field.getAccessor().invoke(form);
            if (value != null && !Boolean.FALSE.equals(value)) {
                fields.put(field.getName(), value instanceof Enum<?> e ? e.name() : value.toString());
            }
        }
        return fields;
    }

    private static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path);
        fields.forEach(request::param);
        return request;
    }
}
