package org.virtualhall.approval.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.virtualhall.approval.web.ConsoleOnH2;

/** The seeded accounts' initial passwords: each its own, only in an owner-only file, none of them the old default. */
class InitialPasswordFileTests extends ConsoleOnH2 {

    @Autowired
    PasswordEncoder encoder;

    Path file() {
        return Accounts.dataDir(context).resolve(InitialPasswordFile.NAME);
    }

    @Test
    void onlyTheOwnerMayReadOrWriteTheFile() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        assertThat(Files.readString(file(), StandardCharsets.UTF_8)).startsWith("#").contains("首次登录");
    }

    @Test
    void everySeededAccountHasItsOwnReadablePasswordMatchingItsHash() {
        Map<String, String> passwords = Accounts.initialPasswords(Accounts.dataDir(context));
        // Accounts the back office adds later get a one-time password shown to the administrator instead.
        List<String> seeded = jdbc.sql("SELECT username FROM users WHERE username NOT IN"
                + " (SELECT target FROM audit_log WHERE action = 'ACCOUNT_CREATED')").query(String.class).list();
        assertThat(passwords.keySet()).containsAll(seeded).contains("admin", "jiancha", "head-GA", "QX0005");
        assertThat(new HashSet<>(passwords.values())).as("no two accounts share a password").hasSize(passwords.size());
        assertThat(passwords.values()).allMatch(p -> p.matches("[A-HJ-NP-Za-km-np-z2-9]{12}"));
        String hash = jdbc.sql("SELECT password FROM users WHERE username = 'QX0040'").query(String.class).single();
        assertThat(encoder.matches(passwords.get("QX0040"), hash)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE password LIKE '$2%'").query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single());
    }

    @Test
    void theOldPublishedPasswordDoesNotLogIn() throws Exception {
        mvc.perform(formLogin().user("QX0031").password("hall2026"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }
}
