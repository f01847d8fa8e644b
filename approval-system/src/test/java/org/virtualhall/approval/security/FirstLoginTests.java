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

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.virtualhall.approval.web.ConsoleOnH2;

/** The first login leads to the change of password, which keeps the policy; then the console opens. */
class FirstLoginTests extends ConsoleOnH2 {

    @Test
    void firstLoginLeadsToTheChangeAndEveryOtherPageRedirectsThere() throws Exception {
        String initial = Accounts.initialPassword(Accounts.dataDir(context), "QX0032");
        mvc.perform(formLogin().user("QX0032").password(initial))
                .andExpect(authenticated()).andExpect(redirectedUrl("/account/password"));
        var fresh = user(users.loadUserByUsername("QX0032"));
        for (String page : new String[] {"/", "/cases", "/search"}) {
            mvc.perform(get(page).with(fresh)).andExpect(redirectedUrl("/account/password"));
        }
        mvc.perform(get("/account/password").with(fresh)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"must-change\"")));
        // The gateway's API has no login and is not held up.
        mvc.perform(get("/api/cases/QX-NOSUCH-RECEIPT")).andExpect(status().isNotFound());
    }

    @Test
    void changesThatBreakThePolicyAreRefusedNamingTheRule() throws Exception {
        String initial = Accounts.initialPassword(Accounts.dataDir(context), "QX0034");
        refused("QX0034", initial, "Ab3$short", "Ab3$short", "password", "新密码至少 10 个字符");
        refused("QX0034", initial, "onlylowercase", "onlylowercase", "password", "至少 3 类（现为 1 类）");
        refused("QX0034", initial, "qx0034QX0034", "qx0034QX0034", "password", "新密码不能包含用户名");
        refused("QX0034", initial, initial, initial, "password", "新密码不能与原密码相同");
        refused("QX0034", initial, "Good-Pass-2026", "Good-Pass-2027", "confirm", "两次输入的新密码不一致");
        refused("QX0034", "Wrong-Pass-2026", "Good-Pass-2026", "Good-Pass-2026", "current", "原密码不正确");
        assertThat(users.find("QX0034").orElseThrow().mustChange()).isTrue();
    }

    @Test
    void aGoodNewPasswordOpensTheConsoleAndIsTheOneThatLogsIn() throws Exception {
        String initial = Accounts.initialPassword(Accounts.dataDir(context), "QX0035");
        mvc.perform(post("/account/password").with(user(users.loadUserByUsername("QX0035"))).with(csrf())
                        .param("current", initial).param("password", "Qingxi#hall7").param("confirm", "Qingxi#hall7"))
                .andExpect(redirectedUrl("/cases"));
        assertThat(users.find("QX0035").orElseThrow().mustChange()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'PASSWORD_CHANGED' AND target = 'QX0035'"
                + " AND actor = 'QX0035'").query(Long.class).single()).isEqualTo(1);
        mvc.perform(formLogin().user("QX0035").password(initial)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user("QX0035").password("Qingxi#hall7"))
                .andExpect(authenticated()).andExpect(redirectedUrl("/"));
        mvc.perform(get("/cases").with(user(users.loadUserByUsername("QX0035")))).andExpect(status().isOk());
    }

    private ResultActions refused(String username, String current, String password, String confirm, String field,
                                  String rule) throws Exception {
        return mvc.perform(post("/account/password").with(user(users.loadUserByUsername(username))).with(csrf())
                        .param("current", current).param("password", password).param("confirm", confirm))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-" + field + "\"")))
                .andExpect(content().string(containsString(rule)));
    }
}
