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
        fill(fields);
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

    /** 全景管理: adds a hotspot to a viewpoint's photo (fields by id: hs-yaw, hs-pitch, hs-kind, hs-target, hs-label). */
    void addHotspot(String viewpoint, Map<String, String> fields) {
        browser.open("/admin/panoramas/" + viewpoint);
        fill(fields);
        browser.click(By.id("add-hotspot"));
        assertThat(browser.text(By.id("done"))).as(browser.source()).isEqualTo("已添加热点");
    }

    /** Sets form fields by their id: text inputs, text areas or selects. */
    private void fill(Map<String, String> fields) {
        fields.forEach((id, value) -> {
            var element = browser.await(By.id(id));
            if (element.getTagName().equals("select")) {
                new Select(element).selectByValue(value);
            } else {
                browser.type(By.id(id), value);
            }
        });
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
