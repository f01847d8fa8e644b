package org.virtualhall.approval.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.virtualhall.approval.store.TestStores;
import org.virtualhall.approval.web.ConsoleOnH2;

/**
 * A store from before console accounts, where every account had the password published with the software
 * ({@code hall2026}): after the upgrade that password logs in nowhere, and each account has its own.
 */
class StoreUpgradeTests {

    static final String PUBLISHED = "hall2026";

    @Test
    void thePublishedPasswordNoLongerLogsInAndEveryAccountGetsItsOwn() throws Exception {
        String url = TestStores.newPostgresDatabase();
        DriverManagerDataSource old = new DriverManagerDataSource(url, "postgres", "");
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target("5.1").load().migrate();
        String hash = new BCryptPasswordEncoder().encode(PUBLISHED);
        JdbcClient jdbc = JdbcClient.create(old);
        for (List<String> account : List.of(List.of("admin", "系统管理员", "ADMIN"), List.of("jiancha", "电子监察员", "SUPERVISOR"),
                List.of("QX0005", "刘梦洁", "STAFF"))) {
            jdbc.sql("INSERT INTO users (username, password, display, role) VALUES (?, ?, ?, ?)")
                    .params(account.get(0), hash, account.get(1), account.get(2)).update();
        }

        Map<String, Object> store = TestStores.postgres(url);
        try (ConfigurableApplicationContext upgraded = TestStores.start(store)) {
            MockMvc mvc = ConsoleOnH2.console(upgraded);
            Map<String, String> issued = Accounts.initialPasswords(Path.of((String) store.get("approval.data-dir")));
            assertThat(issued).containsOnlyKeys("admin", "jiancha", "QX0005");
            for (String username : issued.keySet()) {
                mvc.perform(formLogin().user(username).password(PUBLISHED))
                        .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
            }
            mvc.perform(formLogin().user("QX0005").password(issued.get("QX0005")))
                    .andExpect(authenticated().withUsername("QX0005")).andExpect(redirectedUrl("/account/password"));
        }
    }
}
