package org.virtualhall.approval.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.virtualhall.approval.web.ConsoleOnH2;

/** Five wrong passwords lock an account for fifteen minutes, on a clock the test moves. */
@Import(LockoutTests.TestClock.class)
class LockoutTests extends ConsoleOnH2 {

    static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-12-07T02:00:00Z"), HALL);
        }
    }

    @Autowired
    MutableClock clock;

    @Test
    void fiveFailuresLockTheAccountUntilFifteenMinutesLater() throws Exception {
        String initial = Accounts.initialPassword(Accounts.dataDir(context), "QX0005");
        for (int i = 1; i < 5; i++) {
            mvc.perform(formLogin().user("QX0005").password("Wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        Instant until = clock.instant().plus(Duration.ofMinutes(15));
        MvcResult fifth = mvc.perform(formLogin().user("QX0005").password("Wrong-5"))
                .andExpect(redirectedUrl("/login?locked")).andReturn();
        String shown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(HALL).format(until);
        mvc.perform(get("/login").param("locked", "").session((MockHttpSession) fifth.getRequest().getSession()))
                .andExpect(content().string(containsString("账户已锁定")))
                .andExpect(content().string(containsString("请于 " + shown + " 后再试")));
        assertThat(users.find("QX0005").orElseThrow().lockedUntil()).isEqualTo(until);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'ACCOUNT_LOCKED' AND target = 'QX0005'")
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(formLogin().user("QX0005").password(initial))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
        clock.advance(Duration.ofMinutes(14));
        mvc.perform(formLogin().user("QX0005").password(initial)).andExpect(unauthenticated());
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(formLogin().user("QX0005").password(initial)).andExpect(authenticated().withUsername("QX0005"));
    }

    @Test
    void unknownUsernamesReadLikeWrongPasswordsAndAreNeverLocked() throws Exception {
        for (int i = 0; i < 7; i++) {
            mvc.perform(formLogin().user("QX9999").password("Wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("用户名或密码不正确")))
                .andExpect(content().string(not(containsString("账户已锁定"))));
    }

    @Test
    void theAdministratorUnlocksALockedAccount() throws Exception {
        String initial = Accounts.initialPassword(Accounts.dataDir(context), "QX0006");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("QX0006").password("Wrong-" + i));
        }
        mvc.perform(formLogin().user("QX0006").password(initial)).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(post("/admin/accounts/QX0006/unlock").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(formLogin().user("QX0006").password(initial)).andExpect(authenticated().withUsername("QX0006"));
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE action = 'ACCOUNT_UNLOCKED' AND target = 'QX0006'")
                .query(String.class).list()).containsExactly("admin");
    }
}
