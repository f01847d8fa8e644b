package org.virtualhall.approval.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.virtualhall.approval.security.Accounts;

/**
 * Accounts in a real chromium: the first login with the password from the file leads to 修改密码 and nowhere
 * else until the policy is kept; a lockout says so on the login page; the administrator unlocks, resets (a
 * one-time password shown once) and finds both in the audit trail.
 */
class AccountBrowserTests extends ConsoleInBrowser {

    Path dataDir;

    @BeforeAll
    void dataDir() {
        dataDir = Accounts.dataDir(context);
    }

    @BeforeEach
    void signedOut() {
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void theFirstLoginLeadsToTheChangeOfPasswordUntilThePolicyIsKept() {
        String initial = Accounts.initialPassword(dataDir, "QX0042");
        browser.login("QX0042", initial);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/account/password");
        assertThat(browser.text(By.id("must-change"))).contains("请先设置自己的新密码");
        browser.open("/cases");
        assertThat(browser.driver().getCurrentUrl()).as("no other page until the change").endsWith("/account/password");

        change(initial, "qingxi2026", "qingxi2026");
        assertThat(browser.text(By.id("error-password"))).contains("至少 3 类（现为 2 类）");
        change(initial, "Qingxi#Hall-42", "Qingxi#Hall-24");
        assertThat(browser.text(By.id("error-confirm"))).isEqualTo("两次输入的新密码不一致");
        browser.screenshot("account-policy-refusal");

        browser.changePassword(initial, "Qingxi#Hall-42");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/cases");
        assertThat(browser.text(By.id("done"))).isEqualTo("密码已修改");
        browser.click(By.id("logout"));

        attempt("QX0042", initial);
        assertThat(browser.text(By.id("login-error"))).isEqualTo("用户名或密码不正确");
        browser.login("QX0042", "Qingxi#Hall-42");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/cases");
    }

    @Test
    void aLockoutIsExplainedAndTheAdministratorResetsAndUnlocks() {
        for (int i = 1; i <= 5; i++) {
            attempt("QX0043", "Wrong-" + i);
        }
        assertThat(browser.text(By.id("login-locked"))).contains("账户已锁定").contains("后再试").contains("联系系统管理员");
        browser.screenshot("account-locked");

        Accounts.signIn(browser, dataDir, "admin");
        browser.open("/admin/accounts");
        assertThat(browser.text(By.cssSelector("tr[data-username='QX0043'] .locked"))).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        browser.click(By.id("unlock-QX0043"));
        assertThat(browser.text(By.id("done"))).isEqualTo("已解除 QX0043 的锁定");
        browser.click(By.id("reset-QX0043"));
        String oneTime = browser.text(By.cssSelector("#one-time tr[data-username='QX0043'] .password"));
        browser.screenshot("account-reset");
        browser.open("/admin/accounts");
        assertThat(browser.driver().findElements(By.id("one-time"))).as("shown once").isEmpty();

        browser.click(By.id("to-audit"));
        browser.type(By.id("target"), "QX0043");
        browser.click(By.id("filter"));
        browser.await(By.cssSelector("#audit tr[data-action]"));
        assertThat(browser.driver().findElements(By.cssSelector("#audit tr[data-action]")))
                .extracting(row -> row.getAttribute("data-action") + " " + row.findElement(By.className("actor")).getText())
                .containsExactly("PASSWORD_RESET admin", "ACCOUNT_UNLOCKED admin", "ACCOUNT_LOCKED 系统");
        browser.screenshot("account-audit");
        browser.click(By.id("logout"));

        browser.login("QX0043", oneTime);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/account/password");
        browser.changePassword(oneTime, "Qingxi#Hall-43");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/cases");
    }

    /** A login that is expected to fail: the login page comes back with the reason. */
    private void attempt(String username, String password) {
        browser.open("/login");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.click(By.id("login"));
        browser.await(By.cssSelector("#login-error, #login-locked"));
    }

    private void change(String current, String chosen, String again) {
        browser.type(By.id("current"), current);
        browser.type(By.id("password"), chosen);
        browser.type(By.id("confirm"), again);
        browser.click(By.id("change"));
    }
}
