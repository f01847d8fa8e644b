package org.virtualhall.approval.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.browser.Browser;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.intake.IntakeService;
import org.virtualhall.approval.security.Accounts;
import org.virtualhall.approval.store.Applications;
import org.virtualhall.approval.web.ConsoleOnH2;
import org.virtualhall.search.testing.SearchNodeExtension;

/** 检索 in a real chromium: a window clerk's search with its highlights, and a case opened from the results. */
@ExtendWith(SearchNodeExtension.class)
@ContextConfiguration(initializers = SearchNodeUnderTest.class)
class StaffSearchBrowserTests extends ConsoleOnH2 {

    @LocalServerPort
    int port;
    @Autowired
    IntakeService intake;
    @Autowired
    CaseRepository cases;

    @Test
    void aClerkSearchesWithOneBoxAndOpensTheCaseFound() throws IOException {
        String id = Applications.idNumber();
        CaseRecord c = StaffSearchTests.newCase(intake, cases, "上官婉儿", id);
        try (Browser browser = new Browser(port)) {
            Accounts.signIn(browser, Accounts.dataDir(context), "QX0005");
            browser.click(By.id("nav-find"));
            await("the case in the index").atMost(StaffSearchTests.INDEXED).ignoreExceptions().until(() -> {
                browser.type(By.id("find-q"), "身份证 上官婉儿");
                browser.click(By.id("find"));
                return browser.text(By.id("group-case"));
            }, text -> text.contains(c.receipt()));

            assertThat(browser.driver().findElements(By.cssSelector("#group-item mark"))).isNotEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("#group-case mark"))).isNotEmpty();
            assertThat(browser.text(By.id("group-item"))).contains("居民身份证补领");
            assertThat(browser.source()).doesNotContain(id);
            Path shot = browser.screenshot("console-staff-search");
            assertThat(Files.size(shot)).isPositive();

            browser.click(By.partialLinkText(c.receipt()));
            assertThat(browser.text(By.id("state"))).isEqualTo("预审");
        }
    }
}
