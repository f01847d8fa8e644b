package org.virtualhall.approval.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.intake.IntakeRequest;
import org.virtualhall.approval.intake.IntakeService;
import org.virtualhall.approval.security.Accounts;
import org.virtualhall.approval.store.Applications;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.json.HallJson;

/**
 * The window clerk's side of a citizen's journey with a correction, in a real chromium: find the case by its
 * receipt, ask once for every missing material, see the supplied files answer them, mark them complete, take
 * the case to 办结 (the department head approves). Screenshots in target/screenshots.
 */
class CorrectionJourneyBrowserTests extends ConsoleInBrowser {

    @Autowired
    IntakeService intake;
    @Autowired
    CaseRepository cases;
    @Autowired
    Catalog catalog;

    @Test
    void clerkAsksForEveryMissingMaterialSeesThemSuppliedAndCompletesTheCase() {
        Item item = catalog.item("GA003").orElseThrow();
        List<String> required = item.materials().stream().filter(Material::required).map(Material::name).toList();
        String optional = item.materials().stream().filter(m -> !m.required()).map(Material::name).findFirst().orElseThrow();
        CaseRecord c = cases.find(intake.intake(HallJson.wire().convertValue(
                Applications.idCardReplacementWithoutMaterials(Applications.receipt()), IntakeRequest.class)).caseId()).orElseThrow();

        Accounts.signIn(browser, Accounts.dataDir(context), "QX0005");
        openByReceipt(c.receipt());
        assertThat(browser.text(By.id("state"))).isEqualTo("预审");
        for (String name : required) {
            assertThat(redo(name).isSelected()).as("missing required material %s is ticked", name).isTrue();
        }
        assertThat(redo(optional).isSelected()).isFalse();
        redo(optional).click();
        browser.type(By.id("note-REQUEST_CORRECTION"), "可到A03窗口现场拍照");
        browser.click(By.cssSelector("#action-REQUEST_CORRECTION button"));
        assertThat(browser.text(By.id("done"))).isEqualTo("已办理：一次性告知补正");
        assertThat(browser.text(By.id("state"))).isEqualTo("待补正");
        assertThat(browser.text(By.id("events"))).contains(required).contains(optional);
        assertThat(browser.text(By.id("requested"))).contains("尚未补交");
        browser.screenshot("correction-requested");

        List<String> asked = new ArrayList<>(required);
        asked.add(optional);
        Answer supplied = JsonHttp.local(port, HallJson.wire()).post("/api/cases/" + c.receipt() + "/supplements", supplement(asked));
        assertThat(supplied.status()).as(supplied.json().toString()).isEqualTo(201);

        openByReceipt(c.receipt());
        for (String name : asked) {
            WebElement row = browser.await(By.cssSelector("#requested tr[data-material='" + name + "']"));
            assertThat(row.getAttribute("data-answered")).as(name).isEqualTo("true");
            assertThat(row.getText()).contains("已补交", name + ".pdf");
        }
        assertThat(browser.text(By.id("supplements"))).contains("已全部补齐");
        assertThat(browser.text(By.id("events"))).contains("申请人补正材料");
        browser.screenshot("correction-supplied");

        act("SUPPLEMENT", "预审");
        act("ACCEPT", "已受理");
        act("START_FIRST_REVIEW", "初审");
        act("START_REVIEW", "审核");
        assertThat(browser.driver().findElements(By.id("action-APPROVE"))).as("批准 is the head's").isEmpty();
        browser.click(By.id("logout"));

        Accounts.signIn(browser, Accounts.dataDir(context), "head-GA");
        openByReceipt(c.receipt());
        act("APPROVE", "批准");
        browser.click(By.id("logout"));

        Accounts.signIn(browser, Accounts.dataDir(context), "QX0005");
        openByReceipt(c.receipt());
        act("COMPLETE", "办结");
        browser.screenshot("correction-completed");
        browser.click(By.id("logout"));
    }

    private void openByReceipt(String receipt) {
        browser.open("/search");
        browser.type(By.id("q"), receipt);
        browser.click(By.id("search"));
        browser.click(By.linkText(receipt));
    }

    private WebElement redo(String material) {
        return browser.await(By.cssSelector("#action-REQUEST_CORRECTION input[name=redo][value='" + material + "']"));
    }

    private void act(String action, String state) {
        browser.click(By.cssSelector("#action-" + action + " button"));
        browser.awaitText(By.id("state"), state);
    }

    private static Map<String, Object> supplement(List<String> materials) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bzbh", "BZ-" + Applications.receipt());
        body.put("cl", materials.stream().map(m -> Applications.material(m + ".pdf",
                ("补正：" + m).getBytes(StandardCharsets.UTF_8))).toList());
        body.put("bzsm", "已全部补齐");
        body.put("tjsj", "2026-11-23T05:00:00Z");
        body.put("ly", "client-3d");
        return body;
    }
}
