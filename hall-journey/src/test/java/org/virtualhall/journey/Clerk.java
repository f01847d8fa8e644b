package org.virtualhall.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.virtualhall.approval.browser.Browser;
import org.virtualhall.approval.security.Accounts;
import org.virtualhall.approval.workflow.CaseAction;

/** Someone at the approval console in chromium: a window clerk, a department head or the administrator. */
final class Clerk implements AutoCloseable {

    private static final int SHOT_WIDTH = 1200;

    private final Browser browser;
    private final Path approvalData;
    private String caseUrl;

    Clerk(HallStack stack) {
        this.browser = new Browser(stack.approval().getPort());
        this.approvalData = stack.approvalData();
    }

    /** Logs in with the account's generated initial password, changing it at the first login as the console asks. */
    Clerk login(String account) {
        Accounts.signIn(browser, approvalData, account);
        return this;
    }

    void logout() {
        browser.click(By.id("logout"));
    }

    /**
     * 检索 by the receipt the citizen quotes (the internal search node, which has the case once the approval system
     * indexed it), then the case page from the result.
     */
    Clerk findCase(String receipt) {
        browser.click(By.id("nav-find"));
        await("the case in the console's search").atMost(Duration.ofMinutes(2)).ignoreExceptions().until(() -> {
            browser.type(By.id("find-q"), receipt);
            browser.click(By.id("find"));
            return browser.text(By.id("group-case"));
        }, cases -> cases.contains(receipt));
        browser.click(By.partialLinkText(receipt));
        assertThat(browser.text(By.tagName("h1"))).contains(receipt);
        caseUrl = browser.driver().getCurrentUrl();
        return this;
    }

    /** Opens the case page found last (e.g. after logging in as someone else). */
    Clerk reopenCase() {
        browser.driver().get(caseUrl);
        return this;
    }

    /** Takes one step on the open case page, with a note and materials to redo, and checks it was taken. */
    Clerk act(CaseAction action, String note, String... redo) {
        String form = "#action-" + action.name();
        for (String material : redo) {
            browser.click(By.cssSelector(form + " input[name=redo][value='" + material + "']"));
        }
        if (!note.isEmpty()) {
            browser.type(By.cssSelector(form + " textarea[name=note]"), note);
        }
        browser.click(By.cssSelector(form + " button"));
        assertThat(browser.text(By.id("done"))).as(browser.source()).isEqualTo("已办理：" + action.step());
        return this;
    }

    /**
     * Opens a console page again and again until a row ({@code rows}, a CSS selector) shows {@code text}: what crosses
     * the gap from the outer hall arrives a little after the citizen sent it.
     */
    WebElement awaitRow(String path, String rows, String text) {
        return await(text + " at " + path).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> {
                    browser.open(path);
                    return browser.driver().findElements(By.cssSelector(rows)).stream()
                            .filter(row -> row.getText().contains(text)).findFirst();
                }, Optional::isPresent).orElseThrow();
    }

    /** 咨询 as the department head: the citizen's question, once it has come across, answered on the consultations page. */
    Clerk answer(String question, String answer) {
        String id = awaitRow("/supervision/consultations", "#consultations tr[data-id]", question).getAttribute("data-id");
        browser.type(By.cssSelector("#answer-" + id + " textarea"), answer);
        browser.click(By.cssSelector("#answer-" + id + " button"));
        assertThat(browser.text(By.id("done"))).as(browser.source()).isEqualTo("已答复");
        return this;
    }

    /** 叫号 at the clerk's own window once the ticket has come across; returns what the console announces. */
    String callNext(String number) {
        awaitRow("/queue", "#tickets tr[data-number='" + number + "']", number);
        browser.click(By.cssSelector("#call button"));
        return browser.text(By.id("done"));
    }

    String state() {
        return browser.text(By.id("state"));
    }

    /** The materials the correction asked for that the citizen's supplement answers (the case page's 补正 table). */
    List<String> answeredMaterials() {
        return browser.driver().findElements(By.cssSelector("#requested tr[data-answered='true']")).stream()
                .map(row -> row.getAttribute("data-material")).toList();
    }

    String events() {
        return browser.text(By.id("events"));
    }

    Browser browser() {
        return browser;
    }

    /** The whole page, not just its first screen: the window takes the page's height (at the shot's width). */
    Path screenshot(String name) {
        var window = browser.driver().manage().window();
        Dimension before = window.getSize();
        window.setSize(new Dimension(SHOT_WIDTH, before.getHeight()));
        Number height = (Number) browser.driver().executeScript("return document.documentElement.scrollHeight");
        window.setSize(new Dimension(SHOT_WIDTH, height.intValue() + 120));
        try {
            return browser.screenshot(name);
        } finally {
            window.setSize(before);
        }
    }

    @Override
    public void close() {
        browser.close();
    }
}
