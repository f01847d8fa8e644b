package org.virtualhall.approval.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.hotwords.SearchTermCount;
import org.virtualhall.approval.hotwords.SearchTerms;
import org.virtualhall.approval.security.Accounts;
import org.virtualhall.approval.store.TestStores;
import org.virtualhall.model.catalog.Item;

/** 热词管理 in a real chromium: the unserved queries, and one made an item's 俗称, refused when it breaks a rule. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestStores.H2.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotWordsBrowserTests {

    private static final String NOT_FOUND = "开个小饭馆要啥证";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    SearchTerms terms;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

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
    void administratorSeesWhatCitizensDidNotFindAndAddsItAsAnAlias() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Instant now = Instant.now();
        terms.upsert(List.of(new SearchTermCount(today, NOT_FOUND, 900L, 900L, 900L, 0L, 0L, now),
                new SearchTermCount(today, "老人补贴咋领", 400L, 0L, 400L, 3L, 0L, now),
                new SearchTermCount(today, "补办身份证", 800L, 0L, 0L, 500L, 40L, now)));
        Item item = catalog.store().items().get(0);

        Accounts.signIn(browser, Accounts.dataDir(context), "admin");
        browser.open("/admin");
        browser.click(By.id("admin-search-terms"));
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
}
