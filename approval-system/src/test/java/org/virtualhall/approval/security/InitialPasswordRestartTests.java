package org.virtualhall.approval.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.virtualhall.approval.store.TestStores;
import org.virtualhall.approval.web.ConsoleOnH2;

/** The file of initial passwords is written once, at the store's first start: restarts neither rewrite nor regenerate. */
class InitialPasswordRestartTests {

    @Test
    void restartsLeaveTheFileAndThePasswordsAsTheFirstStartMadeThem() throws Exception {
        Map<String, Object> store = TestStores.h2();
        Path dir = Path.of((String) store.get("approval.data-dir"));
        Path file = dir.resolve(InitialPasswordFile.NAME);
        String text;
        FileTime written;
        List<String> hashes;
        try (ConfigurableApplicationContext first = TestStores.start(store)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            text = Files.readString(file, StandardCharsets.UTF_8);
            written = Files.getLastModifiedTime(file);
            hashes = hashes(first);
        }
        try (ConfigurableApplicationContext second = TestStores.start(store)) {
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
            assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(hashes(second)).isEqualTo(hashes);
            ConsoleOnH2.console(second).perform(formLogin().user("admin").password(Accounts.initialPassword(dir, "admin")))
                    .andExpect(authenticated().withUsername("admin")).andExpect(redirectedUrl("/account/password"));
        }
        // Deleted once handed out, as the file itself advises: the next start does not write it again.
        Files.delete(file);
        try (ConfigurableApplicationContext third = TestStores.start(store)) {
            assertThat(file).doesNotExist();
            assertThat(hashes(third)).isEqualTo(hashes);
        }
    }

    private static List<String> hashes(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("SELECT username || ' ' || password FROM users ORDER BY username")
                .query(String.class).list();
    }
}
