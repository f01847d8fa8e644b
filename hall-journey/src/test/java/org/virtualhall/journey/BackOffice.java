package org.virtualhall.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.virtualhall.approval.browser.Browser;

/** The administrator's 大厅管理 pages in the approval console: forms filled field by field, then saved. */
final class BackOffice {

    private final Browser browser;

    BackOffice(Browser browser) {
        this.browser = browser;
    }

    /**
     * Opens a form ({@code /admin/windows/D05}, {@code /admin/items/new} …), sets the given fields (text
     * inputs, text areas or selects, by their id), saves, and checks the list page says it was saved.
     */
    void save(String formPath, Map<String, String> fields, String saved) {
        browser.open(formPath);
        fields.forEach((id, value) -> {
            var element = browser.await(By.id(id));
            if (element.getTagName().equals("select")) {
                new Select(element).selectByValue(value);
            } else {
                browser.type(By.id(id), value);
            }
        });
        browser.click(By.id("save"));
        List<String> problems = browser.driver().findElements(By.cssSelector("#global-errors, span.error")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
        assertThat(problems).as("what the form at " + formPath + " says is wrong").isEmpty();
        assertThat(browser.text(By.id("done"))).isEqualTo("已保存：" + saved);
    }

    void deleteWindow(String number) {
        browser.open("/admin/windows");
        browser.click(By.cssSelector("form[action$='/admin/windows/" + number + "/delete'] button"));
        assertThat(browser.text(By.id("done"))).as(browser.source()).isEqualTo("已删除：" + number);
    }

    /** 发布目录; returns the confirmation, which names the published version. */
    String publish() {
        browser.open("/admin");
        browser.click(By.id("publish"));
        String done = browser.text(By.id("done"));
        assertThat(done).startsWith("已发布版本");
        return done;
    }
}
