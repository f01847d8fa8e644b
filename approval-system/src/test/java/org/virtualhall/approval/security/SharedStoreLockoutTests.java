package org.virtualhall.approval.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.virtualhall.approval.store.TestStores;
import org.virtualhall.approval.web.ConsoleOnH2;

/**
 * Two approval instances on one PostgreSQL database, as behind a load balancer: failed logins count on the
 * account in the store, whichever instance they reached, and a lock or an unlock holds on both.
 */
class SharedStoreLockoutTests {

    @Test
    void failuresOnEitherInstanceLockTheAccountOnBothAndAnUnlockOnOneOpensBoth() throws Exception {
        String url = TestStores.newPostgresDatabase();
        try (ConfigurableApplicationContext first = TestStores.start(TestStores.postgres(url));
             ConfigurableApplicationContext second = TestStores.start(TestStores.postgres(url))) {
            assertThat(Accounts.dataDir(second).resolve(InitialPasswordFile.NAME))
                    .as("the store had its passwords from the first instance; the second issues none").doesNotExist();
            String initial = Accounts.initialPassword(Accounts.dataDir(first), "QX0007");
            MockMvc one = ConsoleOnH2.console(first);
            MockMvc two = ConsoleOnH2.console(second);

            for (int i = 0; i < 2; i++) {
                one.perform(formLogin().user("QX0007").password("Wrong-a" + i)).andExpect(redirectedUrl("/login?error"));
                two.perform(formLogin().user("QX0007").password("Wrong-b" + i)).andExpect(redirectedUrl("/login?error"));
            }
            one.perform(formLogin().user("QX0007").password("Wrong-a2")).andExpect(redirectedUrl("/login?locked"));
            two.perform(formLogin().user("QX0007").password(initial))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));

            one.perform(post("/admin/accounts/QX0007/unlock").with(user(Accounts.ready(first, "admin"))).with(csrf()))
                    .andExpect(redirectedUrl("/admin/accounts"));
            two.perform(formLogin().user("QX0007").password(initial)).andExpect(authenticated().withUsername("QX0007"));
        }
    }
}
