package org.virtualhall.approval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.intake.IntakeRequest;
import org.virtualhall.approval.intake.IntakeService;
import org.virtualhall.approval.security.Accounts;
import org.virtualhall.approval.store.Applications;
import org.virtualhall.model.json.HallJson;

/** The console's security, case pages and error messages, through the real filter chain. */
class ConsoleTests extends ConsoleOnH2 {

    @Autowired
    IntakeService intake;
    @Autowired
    CaseRepository cases;

    CaseRecord newCase() {
        IntakeRequest request = HallJson.wire().convertValue(
                Applications.idCardReplacement(Applications.receipt()), IntakeRequest.class);
        return cases.find(intake.intake(request).caseId()).orElseThrow();
    }

    @Test
    void pagesNeedALogin() throws Exception {
        mvc.perform(get("/cases")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void seededAccountsLogInWithTheirInitialPasswordStoredAsAHash() throws Exception {
        String initial = Accounts.initialPassword(Accounts.dataDir(context), "QX0030");
        mvc.perform(formLogin().user("QX0030").password(initial)).andExpect(authenticated().withUsername("QX0030"));
        String stored = jdbc.sql("SELECT password FROM users WHERE username = 'QX0030'").query(String.class).single();
        assertThat(stored).startsWith("$2").doesNotContain(initial);
    }

    @Test
    void everyPageChecksTheRole() throws Exception {
        mvc.perform(get("/admin").with(as("QX0005"))).andExpect(status().isForbidden());
        mvc.perform(get("/supervision").with(as("QX0005"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/supervision").with(as("jiancha"))).andExpect(status().isOk());
        CaseRecord c = newCase();
        mvc.perform(post("/cases/" + c.id() + "/actions").with(as("jiancha")).with(csrf())
                .param("action", "ACCEPT").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/cases/" + c.id() + "/actions").with(as("QX0057")).with(csrf())
                .param("action", "ACCEPT").param("version", "0")).andExpect(status().isForbidden());
    }

    @Test
    void supervisionFiguresAreForSupervisorsOnly() throws Exception {
        mvc.perform(get("/api/supervision/overview").with(as("QX0005"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/supervision/overview").param("day", "2026-12-01").with(as("jiancha")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.day").value("2026-12-01"))
                .andExpect(jsonPath("$.running").isNumber());
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        CaseRecord c = newCase();
        mvc.perform(post("/cases/" + c.id() + "/actions").with(as("QX0005")).param("action", "ACCEPT")
                .param("version", "0")).andExpect(status().isForbidden());
    }

    @Test
    void windowInboxListsTheWindowsCases() throws Exception {
        CaseRecord c = newCase();
        mvc.perform(get("/cases").with(as("QX0005"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(c.receipt())));
        mvc.perform(get("/cases").with(as("QX0001"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(c.receipt()))));
    }

    @Test
    void reasonMissingIsShownNextToTheField() throws Exception {
        CaseRecord c = newCase();
        mvc.perform(post("/cases/" + c.id() + "/actions").with(as("QX0005")).with(csrf())
                        .param("action", "REFUSE").param("version", String.valueOf(c.version())).param("note", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-note-REFUSE\"")))
                .andExpect(content().string(containsString("不予受理必须写明理由")));
    }

    @Test
    void concurrentEditIsDetectedAndNotLost() throws Exception {
        CaseRecord c = newCase();
        String seen = String.valueOf(c.version());
        mvc.perform(post("/cases/" + c.id() + "/actions").with(as("QX0005")).with(csrf())
                .param("action", "ACCEPT").param("version", seen)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + c.id() + "/actions").with(as("QX0006")).with(csrf())
                        .param("action", "REFUSE").param("version", seen).param("note", "材料不全"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人修改")));
        assertThat(cases.find(c.id()).orElseThrow().state().name()).isEqualTo("ACCEPTED");
    }

    @Test
    void searchFindsCasesAndItems() throws Exception {
        CaseRecord c = newCase();
        mvc.perform(get("/search").param("q", c.receipt()).with(as("QX0005")))
                .andExpect(content().string(containsString(c.receipt())))
                .andExpect(content().string(containsString("居民身份证补领")));
        mvc.perform(get("/search").param("q", "身份证").with(as("QX0005")))
                .andExpect(content().string(containsString("GA003")));
    }
}
