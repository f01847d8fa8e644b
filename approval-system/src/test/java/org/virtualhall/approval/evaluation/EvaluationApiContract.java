package org.virtualhall.approval.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.intake.IntakeRequest;
import org.virtualhall.approval.intake.IntakeService;
import org.virtualhall.approval.store.Applications;
import org.virtualhall.approval.store.TestGateway;
import org.virtualhall.approval.workflow.CaseAction;
import org.virtualhall.approval.workflow.CaseCommand;
import org.virtualhall.approval.workflow.CaseWorkflow;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.model.calendar.WorkingDayCalendar;
import org.virtualhall.model.json.HallJson;

/**
 * POST /api/cases/{receipt}/evaluation (好差评 from the inner gateway), the 整改 of a bad review, and the satisfaction
 * figures, run against each store by its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class EvaluationApiContract {

    @LocalServerPort
    int port;
    @Autowired
    IntakeService intake;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    CaseRepository cases;
    @Autowired
    ReviewRepository reviews;
    @Autowired
    ReviewRecorder recorder;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    JsonHttp api() {
        return JsonHttp.local(port, HallJson.wire());
    }

    @Test
    void aBadReviewOfACompletedCaseIsStoredBecomesARectificationAndIsToldToTheCitizen() {
        CaseRecord c = completed();
        Map<String, Object> body = review(reviewId(), 2, List.of("办理超时", "多次跑动"), "跑了三趟");

        Answer answer = api().post(path(c), body);

        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(201);
        assertThat(answer.json().path("evaluation").asText()).isEqualTo(body.get("pjbh"));
        LocalDate deadline = calendar.addWorkingDays(LocalDate.now(clock), 5);
        assertThat(answer.json().path("rectifyBy").asText()).isEqualTo(deadline.toString());
        Review stored = reviews.find((String) body.get("pjbh")).orElseThrow();
        assertThat(stored.reasons()).containsExactly("办理超时", "多次跑动");
        assertThat(stored.windowNo()).isEqualTo(c.windowNo());
        assertThat(stored.staff()).isEqualTo("QX0005");
        assertThat(stored.bad()).isTrue();
        assertThat(cases.find(c.id()).orElseThrow().rating()).as("counts in 电子监察's satisfaction").isEqualTo(2);
        assertThat(cases.events(c.id()).get(cases.events(c.id()).size() - 1).note())
                .contains("不满意", "办理超时", "整改", deadline.toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> TestGateway.shared().eventsOf(c.receipt()).stream()
                .anyMatch(e -> e.path("step").asText().equals("办件评价") && e.path("status").asText().equals("COMPLETED")));

        assertThat(recorder.reply(stored, "已约谈窗口人员并优化流程，感谢您的监督", "head-GA")).isTrue();
        assertThat(recorder.reply(stored, "再次回访", "head-GA")).as("one reply").isFalse();
        assertThat(reviews.find(stored.id()).orElseThrow().repliedBy()).isEqualTo("head-GA");
        await().atMost(Duration.ofSeconds(10)).until(() -> TestGateway.shared().eventsOf(c.receipt()).stream()
                .anyMatch(e -> e.path("step").asText().equals("差评整改回访")
                        && e.path("note").asText().contains("优化流程")));
    }

    @Test
    void aRepeatAnswers200AndASecondReviewOfTheCaseIsRefusedAlsoByTheDatabase() {
        CaseRecord c = completed();
        Map<String, Object> body = review(reviewId(), 5, List.of("办事效率高"), "");
        assertThat(api().post(path(c), body).status()).isEqualTo(201);

        Answer again = api().post(path(c), body);
        Answer second = api().post(path(c), review(reviewId(), 1, List.of("吃拿卡要"), ""));

        assertThat(again.status()).isEqualTo(200);
        assertThat(second.status()).as(second.json().toString()).isEqualTo(409);
        assertThat(second.json().path("reason").asText()).contains("只能评价一次");
        assertThat(reviews.find((String) body.get("pjbh")).orElseThrow().bad()).isFalse();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO case_evaluations (id, case_id, receipt, grade, reasons, comment, "
                        + "department, window_no, evaluated_at, evaluated_on, received_at, source) "
                        + "SELECT 'X-" + UUID.randomUUID() + "', case_id, receipt, 3, '', '', department, window_no, "
                        + "evaluated_at, evaluated_on, received_at, source FROM case_evaluations WHERE case_id = ?")
                .param(c.id()).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aRunningCaseCannotBeReviewedAndAnUnknownOneIsNotFound() {
        CaseRecord running = newCase();
        Answer early = api().post(path(running), review(reviewId(), 5, List.of(), ""));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().path("reason").asText()).contains("尚未办结");

        Answer unknown = api().post("/api/cases/SB20261123-NOSUCHONE1/evaluation", review(reviewId(), 5, List.of(), ""));
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void everyBadFieldIsNamed() {
        CaseRecord c = completed();
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("pjbh", with(review(reviewId(), 5, List.of(), ""), "pjbh", "../x"));
        bad.put("pjdj", with(review(reviewId(), 5, List.of(), ""), "pjdj", 9));
        bad.put("pjyy[1]", review(reviewId(), 5, List.of("办事效率高", "办理超时"), ""));
        bad.put("pjnr", review(reviewId(), 5, List.of(), "好".repeat(1001)));
        bad.put("pjsj", with(review(reviewId(), 5, List.of(), ""), "pjsj", "昨天"));
        bad.put("ly", with(review(reviewId(), 5, List.of(), ""), "ly", ""));
        bad.forEach((field, body) -> {
            Answer answer = api().post(path(c), body);
            assertThat(answer.status()).as(field + ": " + answer.json()).isEqualTo(400);
            assertThat(answer.json().path("field").asText()).isEqualTo(field);
            assertThat(answer.json().path("reason").asText()).isNotBlank();
        });
        assertThat(reviews.ofCase(c.id())).isEmpty();
    }

    @Test
    void satisfactionIsCountedPerWindowStaffAndDepartmentByPeriod() {
        CaseRecord good = completed();
        CaseRecord bad = completed();
        api().post(path(good), review(reviewId(), 5, List.of("办事效率高"), ""));
        api().post(path(bad), review(reviewId(), 1, List.of("推诿扯皮"), ""));
        LocalDate today = LocalDate.now(clock);
        ReviewPeriod month = ReviewPeriod.of("month", YearMonth.from(today).toString(), today);
        ReviewPeriod lastYear = ReviewPeriod.of("quarter", (today.getYear() - 1) + "-Q4", today);

        Satisfaction window = only(reviews.satisfaction(SatisfactionDimension.WINDOW, month.from(), month.to()), good.windowNo());
        Satisfaction staff = only(reviews.satisfaction(SatisfactionDimension.STAFF, month.from(), month.to()), "QX0005");
        Satisfaction department = only(reviews.satisfaction(SatisfactionDimension.DEPARTMENT, month.from(), month.to()), "GA");

        for (Satisfaction s : List.of(window, staff, department)) {
            assertThat(s.reviews()).as(s.dimension().name()).isGreaterThanOrEqualTo(2);
            assertThat(s.good()).isGreaterThanOrEqualTo(1);
            assertThat(s.bad()).isGreaterThanOrEqualTo(1);
        }
        assertThat(reviews.satisfaction(SatisfactionDimension.WINDOW, lastYear.from(), lastYear.to())).isEmpty();
        assertThat(reviews.bad(month.from(), month.to())).extracting(Review::receipt).contains(bad.receipt())
                .doesNotContain(good.receipt());
        await("the figures published outward").atMost(Duration.ofSeconds(20)).until(() -> TestGateway.shared()
                .evaluationFigures().stream().anyMatch(f -> f.path("windows").findValuesAsText("code").contains(good.windowNo())
                        && f.path("departments").findValuesAsText("code").contains("GA")));
        assertThat(ReviewPeriod.of("quarter", "2026-Q4", today).from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(ReviewPeriod.of("quarter", "2026-Q4", today).to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ReviewPeriod.of("day", "2026-12-07", today).to()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aBadReviewNotRepliedBeforeItsDeadlineIsOverdue() {
        CaseRecord c = completed();
        String id = reviewId();
        api().post(path(c), review(id, 2, List.of("告知不清楚"), ""));
        Review r = reviews.find(id).orElseThrow();
        long before = reviews.overdue(r.rectifyBy());

        assertThat(r.overdue(r.rectifyBy())).isFalse();
        assertThat(r.overdue(r.rectifyBy().plusDays(1))).isTrue();
        assertThat(reviews.overdue(r.rectifyBy().plusDays(1))).isGreaterThan(before);
        assertThat(reviews.rectifications("GA", 500)).extracting(Review::id).contains(id);
        assertThat(reviews.rectifications("MZ", 500)).extracting(Review::id).doesNotContain(id);
    }

    private static Satisfaction only(List<Satisfaction> rows, String subject) {
        return rows.stream().filter(s -> s.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no figures for " + subject + " in " + rows));
    }

    CaseRecord newCase() {
        return cases.find(intake.intake(HallJson.wire().convertValue(Applications.idCardReplacement(Applications.receipt()),
                IntakeRequest.class)).caseId()).orElseThrow();
    }

    /** A 居民身份证补领 taken by window clerk QX0005 from 预审 to 办结. */
    CaseRecord completed() {
        CaseRecord c = newCase();
        for (CaseAction step : List.of(CaseAction.ACCEPT, CaseAction.START_FIRST_REVIEW, CaseAction.VERIFY,
                CaseAction.START_REVIEW, CaseAction.APPROVE, CaseAction.COMPLETE)) {
            c = workflow.perform(c.id(), CaseCommand.of(step, c.version(), "QX0005", ""));
        }
        return c;
    }

    static String path(CaseRecord c) {
        return "/api/cases/" + c.receipt() + "/evaluation";
    }

    static String reviewId() {
        return "PJ20261207-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    /** A review as the inner gateway sends it (docs/contracts.md). */
    static Map<String, Object> review(String id, int grade, List<String> reasons, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pjbh", id);
        body.put("pjdj", grade);
        body.put("pjyy", reasons);
        body.put("pjnr", comment);
        body.put("pjsj", Instant.now().toString());
        body.put("ly", "web");
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
