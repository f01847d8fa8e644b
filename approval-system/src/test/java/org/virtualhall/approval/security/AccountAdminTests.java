package org.virtualhall.approval.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.virtualhall.approval.web.ConsoleOnH2;

/** 账户管理 and 操作审计: the administrator's, nobody else's; a reset shows a one-time password once. */
class AccountAdminTests extends ConsoleOnH2 {

    @Test
    void theAccountsPageListsEveryAccountWithItsState() throws Exception {
        mvc.perform(get("/admin/accounts").with(admin())).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-username=\"head-GA\"")))
                .andExpect(content().string(containsString("部门负责人")))
                .andExpect(content().string(containsString("id=\"reset-QX0005\"")));
    }

    @Test
    void resetShowsAOneTimePasswordOnceThatMustBeChangedAtTheNextLogin() throws Exception {
        var result = mvc.perform(post("/admin/accounts/QX0033/reset").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts")).andReturn();
        @SuppressWarnings("unchecked")
        List<OneTimePassword> shown = (List<OneTimePassword>) result.getFlashMap().get("oneTimes");
        assertThat(shown).singleElement().satisfies(o -> assertThat(o.username()).isEqualTo("QX0033"));
        String oneTime = shown.get(0).password();
        assertThat(oneTime).isNotEqualTo(Accounts.initialPassword(Accounts.dataDir(context), "QX0033"));
        mvc.perform(formLogin().user("QX0033").password(oneTime))
                .andExpect(authenticated()).andExpect(redirectedUrl("/account/password"));
        assertThat(users.find("QX0033").orElseThrow().mustChange()).isTrue();
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE action = 'PASSWORD_RESET' AND target = 'QX0033'")
                .query(String.class).list()).containsExactly("admin");
        mvc.perform(post("/admin/accounts/QX9999/reset").with(admin()).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void nobodyButTheAdministratorResetsOrSeesTheAuditTrail() throws Exception {
        for (String who : List.of("QX0005", "head-GA", "jiancha")) {
            RequestPostProcessor someone = user(Accounts.ready(context, who));
            mvc.perform(post("/admin/accounts/QX0036/reset").with(someone).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/accounts/QX0036/unlock").with(someone).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/admin/audit").with(someone)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/accounts").with(someone)).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE target = 'QX0036'").query(Long.class).single()).isZero();
    }
}
