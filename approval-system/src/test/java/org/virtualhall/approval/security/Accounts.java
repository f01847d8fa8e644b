package org.virtualhall.approval.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import org.virtualhall.approval.account.PasswordForm;
import org.virtualhall.approval.account.Passwords;
import org.virtualhall.approval.browser.Browser;
import org.virtualhall.approval.system.ApprovalProperties;

/**
 * The seeded accounts as tests use them: the initial password read from the data directory's file, changed
 * to {@link #CHOSEN} at the account's first login. Test classes share a store (and its accounts), so which
 * accounts have had their first login is remembered per data directory.
 */
public final class Accounts {

    /** The password every account used by a test chooses at its first login (keeps the policy). */
    public static final String CHOSEN = "Qingxi-Hall-2026";

    private static final Set<String> CHANGED = ConcurrentHashMap.newKeySet();

    private Accounts() {
    }

    /** The file of initial passwords in a data directory, username to password, in file order. */
    public static Map<String, String> initialPasswords(Path dataDir) {
        Map<String, String> passwords = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(dataDir.resolve(InitialPasswordFile.NAME), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t", -1);
                    passwords.put(fields[0], fields[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords;
    }

    public static String initialPassword(Path dataDir, String username) {
        String password = initialPasswords(dataDir).get(username);
        assertThat(password).as("initial password of " + username + " in " + dataDir).isNotNull();
        return password;
    }

    public static Path dataDir(ApplicationContext context) {
        return Path.of(context.getBean(ApprovalProperties.class).dataDir()).toAbsolutePath();
    }

    /** The account as stored, its first change of password made (through the service) if no test made it yet. */
    public static ConsoleUser ready(ApplicationContext context, String username) {
        Path dir = dataDir(context);
        if (CHANGED.add(key(dir, username))) {
            String initial = initialPassword(dir, username);
            assertThat(context.getBean(Passwords.class).change(username, new PasswordForm(initial, CHOSEN, CHOSEN)))
                    .as("first change of password of " + username).isEmpty();
        }
        return context.getBean(UserRepository.class).loadUserByUsername(username);
    }

    /**
     * Logs in in the browser; at the account's first login with the initial password from the file, then
     * sets {@link #CHOSEN} on the change-of-password page the login leads to.
     */
    public static void signIn(Browser browser, Path dataDir, String username) {
        if (!CHANGED.add(key(dataDir, username))) {
            browser.login(username, CHOSEN);
            return;
        }
        String initial = initialPassword(dataDir, username);
        browser.login(username, initial);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/account/password");
        browser.changePassword(initial, CHOSEN);
    }

    private static String key(Path dataDir, String username) {
        return dataDir.toAbsolutePath().normalize() + "\t" + username;
    }
}
