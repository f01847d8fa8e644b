package org.virtualhall.approval.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.intake.IntakeRequest;
import org.virtualhall.approval.intake.IntakeService;
import org.virtualhall.approval.security.Accounts;
import org.virtualhall.approval.store.Applications;
import org.virtualhall.approval.store.TestGateway;
import org.virtualhall.approval.workflow.CaseAction;
import org.virtualhall.approval.workflow.CaseCommand;
import org.virtualhall.approval.workflow.CaseWorkflow;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.model.json.HallJson;

/**
 * 好差评, 叫号 and 预约 in a real chromium: the head replies to a bad review and the reply goes to the citizen, the
 * supervisor sees satisfaction by window and exports it, a clerk calls the next ticket and checks a booking in, and
 * 电子监察's dashboard counts the overdue 整改 and 咨询 with links to their lists.
 */
class HallServicesBrowserTests extends ConsoleInBrowser {

    @Autowired
    IntakeService intake;
    @Autowired
    CaseRepository cases;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theHeadRepliesToABadReviewAndTheSupervisorSeesAndExportsSatisfaction() throws Exception {
        CaseRecord c = completed();
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("pjbh", "PJ-" + UUID.randomUUID().toString().substring(0, 12));
        review.put("pjdj", 1);
        review.put("pjyy", List.of("推诿扯皮"));
        review.put("pjnr", "窗口让我去别处问");
        review.put("pjsj", Instant.now().toString());
        review.put("ly", "web");
        assertThat(JsonHttp.local(port, HallJson.wire()).post("/api/cases/" + c.receipt() + "/evaluation", review).status())
                .isEqualTo(201);

        Accounts.signIn(browser, Accounts.dataDir(context), "head-GA");
        browser.open("/supervision/rectifications");
        browser.type(By.cssSelector("#reply-" + c.receipt() + " textarea"), "已约谈窗口人员，明确首问负责，感谢监督");
        browser.screenshot("console-rectification");
        browser.click(By.cssSelector("#reply-" + c.receipt() + " button"));
        assertThat(browser.text(By.id("done"))).contains(c.receipt());
        assertThat(browser.text(By.id("rectifications"))).contains("已约谈窗口人员");
        await().atMost(Duration.ofSeconds(10)).until(() -> TestGateway.shared().eventsOf(c.receipt()).stream()
                .anyMatch(e -> e.path("step").asText().equals("差评整改回访") && e.path("note").asText().contains("首问负责")));
        browser.click(By.id("logout"));

        Accounts.signIn(browser, Accounts.dataDir(context), "jiancha");
        browser.open("/supervision/satisfaction?period=month");
        String row = browser.text(By.cssSelector("#satisfaction tr[data-dimension=WINDOW][data-subject=" + c.windowNo() + "]"));
        assertThat(row).contains(c.windowNo());
        assertThat(browser.text(By.id("bad-reviews"))).contains(c.receipt(), "已约谈窗口人员");
        browser.screenshot("console-satisfaction");
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/supervision/satisfaction.csv?period=month")).header("Cookie", "JSESSIONID=" + cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF期间,类别,对象").contains("窗口," + c.windowNo() + ",").contains(c.receipt());
        browser.click(By.id("logout"));
    }

    @Test
    void aClerkCallsTheNextTicketAndChecksABookingIn() throws Exception {
        String window = Accounts.ready(context, "QX0005").windowNo();
        LocalDate today = LocalDate.now(clock);
        JsonHttp api = JsonHttp.local(port, HallJson.wire());
        for (int seq = 1; seq <= 2; seq++) {
            api.post("/api/queue/tickets", Map.of("phbh", "QH" + UUID.randomUUID().toString().substring(0, 12), "ck", window,
                    "rq", today.toString(), "sxh", seq, "hm", window + "-00" + seq, "zjhm", "330102199001011234",
                    "sj", Instant.now().toString()));
        }
        String number = window + "-0900-1";
        api.post("/api/appointments", Map.of("yybh", "YY" + UUID.randomUUID().toString().substring(0, 12), "hm", number,
                "zjhm", "330102199001011234", "sxbm", "GA003", "ck", window, "rq", today.toString(), "sd", "09:00",
                "zt", "BOOKED", "sj", Instant.now().toString()));

        Accounts.signIn(browser, Accounts.dataDir(context), "QX0005");
        browser.open("/queue");
        assertThat(browser.text(By.id("waiting"))).isEqualTo("2");
        browser.click(By.cssSelector("#call button"));
        assertThat(browser.text(By.id("done"))).isEqualTo("请 " + window + "-001 号到 " + window + " 窗口办理");
        assertThat(browser.text(By.id("waiting"))).isEqualTo("1");
        browser.screenshot("console-queue");
        await().atMost(Duration.ofSeconds(10)).until(() -> TestGateway.shared().queueCalls().stream()
                .anyMatch(q -> q.path("calls").toString().contains("\"window\":\"" + window + "\"")));

        browser.open("/appointments");
        assertThat(browser.text(By.id("bookings"))).contains(number);
        browser.click(By.cssSelector("#check-in-" + number + " button"));
        assertThat(browser.text(By.id("done"))).isEqualTo("已签到");
        assertThat(browser.text(By.id("checked-in"))).isEqualTo("1");
        browser.screenshot("console-appointments");
        browser.click(By.id("logout"));
    }

    @Test
    void theSupervisorSeesTheOverdueRectificationAndConsultationOnTheDashboardAndFollowsTheirLinks() throws Exception {
        Accounts.signIn(browser, Accounts.dataDir(context), "jiancha");
        browser.open("/supervision");
        long rectificationsBefore = Long.parseLong(browser.text(By.id("rectifications-overdue")));
        long consultationsBefore = Long.parseLong(browser.text(By.id("consultations-overdue")));

        CaseRecord c = completed();
        String review = "PJ-" + UUID.randomUUID().toString().substring(0, 12);
        JsonHttp api = JsonHttp.local(port, HallJson.wire());
        assertThat(api.post("/api/cases/" + c.receipt() + "/evaluation", Map.of("pjbh", review, "pjdj", 2, "pjyy", List.of("办理超时"),
                "pjnr", "等了很久", "pjsj", Instant.now().toString(), "ly", "web")).status()).isEqualTo(201);
        String question = "ZX" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
        assertThat(api.post("/api/consultations", Map.of("zxbh", question, "zjhm", "330102199001011234", "sxbm", "GA003",
                "bm", "GA", "wt", "补办身份证要多久", "sj", Instant.now().toString())).status()).isEqualTo(201);
        LocalDate past = LocalDate.now(clock).minusDays(10);
        jdbc.sql("UPDATE case_evaluations SET rectify_by = ? WHERE id = ?").params(past, review).update();
        jdbc.sql("UPDATE consultations SET answer_by = ? WHERE id = ?").params(past, question).update();

        browser.open("/supervision");
        assertThat(browser.text(By.id("rectifications-overdue"))).isEqualTo(String.valueOf(rectificationsBefore + 1));
        assertThat(browser.text(By.id("consultations-overdue"))).isEqualTo(String.valueOf(consultationsBefore + 1));
        browser.screenshot("console-supervision-overdue");
        browser.click(By.id("rectifications-link"));
        assertThat(browser.text(By.cssSelector("tr[data-receipt='" + c.receipt() + "']"))).contains("（超期）");
        browser.open("/supervision");
        browser.click(By.id("consultations-link"));
        assertThat(browser.text(By.cssSelector("tr[data-id='" + question + "']"))).contains("补办身份证要多久", "（超期）");
        browser.click(By.id("logout"));
    }

    /** A 居民身份证补领 taken by window clerk QX0005 from 预审 to 办结. */
    private CaseRecord completed() {
        CaseRecord c = cases.find(intake.intake(HallJson.wire().convertValue(Applications.idCardReplacement(Applications.receipt()),
                IntakeRequest.class)).caseId()).orElseThrow();
        for (CaseAction step : List.of(CaseAction.ACCEPT, CaseAction.START_FIRST_REVIEW, CaseAction.VERIFY,
                CaseAction.START_REVIEW, CaseAction.APPROVE, CaseAction.COMPLETE)) {
            c = workflow.perform(c.id(), CaseCommand.of(step, c.version(), "QX0005", ""));
        }
        return c;
    }
}
