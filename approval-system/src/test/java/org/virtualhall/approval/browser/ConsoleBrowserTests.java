package org.virtualhall.approval.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.intake.IntakeRequest;
import org.virtualhall.approval.intake.IntakeService;
import org.virtualhall.approval.security.Accounts;
import org.virtualhall.approval.store.Applications;
import org.virtualhall.approval.store.TestGateway;
import org.virtualhall.approval.store.TestStores;
import org.virtualhall.approval.workflow.CaseAction;
import org.virtualhall.approval.workflow.CaseCommand;
import org.virtualhall.approval.workflow.CaseWorkflow;
import org.virtualhall.model.json.HallJson;

/** The main staff, administrator and supervisor flows in a real chromium, with screenshots in target/screenshots. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestStores.H2.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    IntakeService intake;
    @Autowired
    CaseRepository cases;
    @Autowired
    CaseWorkflow workflow;

    Browser browser;

    @BeforeAll
    void start() {
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void windowStaffAcceptsACaseFromTheInboxAfterBeingToldWhatIsMissing() {
        CaseRecord c = newCase();
        Accounts.signIn(browser, Accounts.dataDir(context), "QX0005");
        browser.open("/cases");
        browser.click(By.linkText(c.receipt()));
        assertThat(browser.text(By.id("state"))).isEqualTo("预审");

        browser.click(By.cssSelector("#action-REFUSE button"));
        assertThat(browser.text(By.id("error-note-REFUSE"))).isEqualTo("不予受理必须写明理由");
        browser.screenshot("case-refuse-needs-reason");

        browser.click(By.cssSelector("#action-ACCEPT button"));
        assertThat(browser.text(By.id("done"))).isEqualTo("已办理：受理");
        assertThat(browser.text(By.id("state"))).isEqualTo("已受理");
        assertThat(browser.text(By.id("events"))).contains("收件", "受理", "QX0005");
        browser.screenshot("case-accepted");
        assertThat(cases.find(c.id()).orElseThrow().handledBy()).isEqualTo("QX0005");
        browser.click(By.id("logout"));
    }

    @Test
    void administratorPlacesAWindowOnTheFloorPlanAndPublishes() throws Exception {
        Accounts.signIn(browser, Accounts.dataDir(context), "admin");
        browser.open("/admin/windows/A03");
        String before = browser.driver().findElement(By.id("y")).getAttribute("value");
        // Click the ground-floor plan one metre south of the counter (x 2, y 16). The plan's viewBox is
        // the 64 × 36 m floor plus a metre of margin, so its centre is at (32, 18) metres.
        var plan = browser.await(By.id("plan-1"));
        double metre = plan.getSize().getWidth() / 66.0;
        new Actions(browser.driver()).moveToElement(plan, (int) Math.round((2.0 - 32) * metre),
                (int) Math.round((16.0 - 18) * metre)).click().perform();
        String after = browser.driver().findElement(By.id("y")).getAttribute("value");
        assertThat(after).isNotEqualTo(before);
        browser.screenshot("admin-window-floor-plan");
        browser.click(By.id("save"));
        assertThat(browser.text(By.id("done"))).isEqualTo("已保存：A03");

        browser.open("/admin");
        int published = TestGateway.shared().catalogs().size();
        browser.click(By.id("publish"));
        assertThat(browser.text(By.id("done"))).startsWith("已发布版本");
        assertThat(TestGateway.shared().catalogs()).hasSize(published + 1);
        browser.screenshot("admin-published");
        browser.click(By.id("logout"));
    }

    @Test
    void supervisorSeesTheDashboardWithCharts() {
        CaseRecord c = newCase();
        for (CaseAction a : List.of(CaseAction.ACCEPT, CaseAction.START_FIRST_REVIEW, CaseAction.START_REVIEW,
                CaseAction.APPROVE, CaseAction.COMPLETE)) {
            c = workflow.perform(c.id(), CaseCommand.of(a, c.version(), "QX0006", ""));
        }
        workflow.perform(c.id(), new CaseCommand(CaseAction.RATE, c.version(), "QX0006", null, "", null, 5, null, null));
        Accounts.signIn(browser, Accounts.dataDir(context), "jiancha");
        browser.open("/supervision");
        assertThat(browser.await(By.id("running")).getText()).matches("\\d+");
        assertThat(browser.driver().findElements(By.cssSelector("svg.chart"))).hasSize(3);
        assertThat(browser.driver().findElements(By.cssSelector("svg.chart rect"))).isNotEmpty();
        assertThat(browser.text(By.id("unverified"))).contains(c.receipt());
        assertThat(Files.exists(browser.screenshot("supervision-dashboard"))).isTrue();
        browser.open("/admin");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("403 无权访问");
        browser.open("/supervision");
        browser.click(By.id("logout"));
    }

    private CaseRecord newCase() {
        IntakeRequest request = HallJson.wire().convertValue(Applications.idCardReplacement(
                Applications.receipt()), IntakeRequest.class);
        return cases.find(intake.intake(request).caseId()).orElseThrow();
    }
}
