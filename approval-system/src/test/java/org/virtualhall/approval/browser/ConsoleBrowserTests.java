package org.virtualhall.approval.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.hotwords.SearchTermCount;
import org.virtualhall.approval.hotwords.SearchTerms;
import org.virtualhall.approval.intake.IntakeRequest;
import org.virtualhall.approval.intake.IntakeService;
import org.virtualhall.approval.security.Accounts;
import org.virtualhall.approval.store.Applications;
import org.virtualhall.approval.store.TestGateway;
import org.virtualhall.approval.workflow.CaseAction;
import org.virtualhall.approval.workflow.CaseCommand;
import org.virtualhall.approval.workflow.CaseWorkflow;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.json.HallJson;

/**
 * The main staff, administrator and supervisor flows in a real chromium, with screenshots in target/screenshots; 热词管理:
 * the unserved queries, and one made an item's 俗称, refused when it breaks a rule.
 */
class ConsoleBrowserTests extends ConsoleInBrowser {

    private static final String NOT_FOUND = "开个小饭馆要啥证";

    @Autowired
    IntakeService intake;
    @Autowired
    CaseRepository cases;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    SearchTerms terms;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

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

    @Test
    void administratorSeesWhatCitizensDidNotFindAndAddsItAsAnAlias() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Instant now = Instant.now();
        terms.upsert(List.of(new SearchTermCount(today, NOT_FOUND, 900L, 900L, 900L, 0L, 0L, now),
                new SearchTermCount(today, "老人补贴咋领", 400L, 0L, 400L, 3L, 0L, now),
                new SearchTermCount(today, "狗证在哪办", 260L, 260L, 260L, 0L, 0L, now),
                new SearchTermCount(today, "摆地摊要办什么", 180L, 0L, 180L, 6L, 0L, now),
                new SearchTermCount(today, "电动车上牌", 150L, 0L, 0L, 0L, 0L, now),
                new SearchTermCount(today, "孩子转学手续", 95L, 10L, 85L, 4L, 0L, now),
                new SearchTermCount(today, "公司不开了怎么注销", 60L, 0L, 60L, 2L, 0L, now),
                new SearchTermCount(today, "补办身份证", 800L, 0L, 0L, 500L, 40L, now)));
        Item item = catalog.store().items().get(0);

        Accounts.signIn(browser, Accounts.dataDir(context), "admin");
        browser.open("/admin");
        browser.click(By.id("admin-search-terms"));
        browser.type(By.id("min"), "20");
        browser.click(By.id("filter"));
        assertThat(browser.text(By.id("total"))).isEqualTo("最近 30 天、至少检索 20 次，共 7 个词");
        WebElement row = row(NOT_FOUND);
        assertThat(row.findElement(By.className("searches")).getText()).isEqualTo("900");
        assertThat(row.findElement(By.className("why")).getText()).isEqualTo("无结果");
        assertThat(row(("老人补贴咋领")).findElement(By.className("why")).getText()).isEqualTo("仅兜底结果");
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-query='补办身份证']")))
                .as("a query citizens found and used is not listed").isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#terms tr[data-query]")).get(0).getAttribute("data-query"))
                .as("most searched first").isEqualTo(NOT_FOUND);
        assertThat(Files.exists(browser.screenshot("console-search-terms"))).isTrue();

        addAlias(NOT_FOUND, "没有这个事项的名字");
        assertThat(browser.text(By.id("problem"))).isEqualTo("没有找到事项：没有这个事项的名字");

        addAlias(NOT_FOUND, item.code());
        assertThat(browser.text(By.id("done"))).startsWith("已添加俗称「" + NOT_FOUND + "」到 " + item.code());
        assertThat(catalog.item(item.code()).orElseThrow().aliases()).contains(NOT_FOUND);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'ALIAS_ADDED' AND target = ? AND actor = 'admin'")
                .param(item.code()).query(Long.class).single()).isEqualTo(1);

        addAlias(NOT_FOUND, item.name());
        assertThat(browser.text(By.id("problem"))).startsWith("不能添加俗称「" + NOT_FOUND + "」").contains("appears twice");

        browser.open("/admin/items/" + item.code());
        assertThat(browser.await(By.id("aliases")).getAttribute("value")).contains(NOT_FOUND);
        browser.click(By.id("logout"));
    }

    private WebElement row(String query) {
        return browser.await(By.cssSelector("#terms tr[data-query='" + query + "']"));
    }

    private void addAlias(String query, String item) {
        WebElement input = row(query).findElement(By.name("item"));
        input.clear();
        input.sendKeys(item);
        row(query).findElement(By.tagName("button")).click();
    }

    private CaseRecord newCase() {
        IntakeRequest request = HallJson.wire().convertValue(Applications.idCardReplacement(
                Applications.receipt()), IntakeRequest.class);
        return cases.find(intake.intake(request).caseId()).orElseThrow();
    }
}
