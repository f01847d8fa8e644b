package org.virtualhall.approval.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.virtualhall.approval.store.TestGateway;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.model.calendar.WorkingDayCalendar;
import org.virtualhall.model.json.HallJson;

/** POST /api/consultations (咨询 from the inner gateway), the department's answer going out, and the rating coming in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ConsultationApiContract {

    @LocalServerPort
    int port;
    @Autowired
    QuestionRepository questions;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    Clock clock;

    JsonHttp api() {
        return JsonHttp.local(port, HallJson.wire());
    }

    @Test
    void aQuestionHasADeadlineInWorkingDaysItsAnswerIsPushedOutwardAndItsRatingComesBack() {
        Map<String, Object> q = question("ZW");
        String id = (String) q.get("zxbh");
        Answer stored = api().post("/api/consultations", q);
        assertThat(stored.status()).isEqualTo(201);
        LocalDate deadline = calendar.addWorkingDays(LocalDate.now(clock), 2);
        assertThat(stored.json().path("answerBy").asText()).isEqualTo(deadline.toString());
        assertThat(api().post("/api/consultations", q).status()).as("a repeat").isEqualTo(200);

        Question open = questions.find(id).orElseThrow();
        assertThat(open.overdue(deadline)).isFalse();
        assertThat(open.overdue(deadline.plusDays(1))).isTrue();
        assertThat(questions.overdue(deadline.plusDays(1))).isPositive();

        assertThat(questions.answer(id, "可以委托他人代办。", "head-ZW", Instant.now())).isTrue();
        assertThat(questions.answer(id, "再答一次", "head-ZW", Instant.now())).as("once").isFalse();
        await().atMost(Duration.ofSeconds(20)).until(() -> TestGateway.shared().answers().stream()
                .anyMatch(a -> a.path("id").asText().equals(id) && a.path("answer").asText().equals("可以委托他人代办。")));

        Map<String, Object> rating = new LinkedHashMap<>(Map.of("zxbh", id, "pf", 4));
        assertThat(api().post("/api/consultations", rating).status()).isEqualTo(201);
        assertThat(api().post("/api/consultations", rating).status()).isEqualTo(200);
        assertThat(questions.find(id).orElseThrow().rating()).isEqualTo(4);
        assertThat(questions.list("ZW", 500)).extracting(Question::id).contains(id);
        assertThat(questions.list("GA", 500)).extracting(Question::id).doesNotContain(id);
    }

    @Test
    void badFieldsAreNamedAndARatingOfAnUnknownQuestionIsNotFound() {
        for (Map.Entry<String, Object> bad : Map.<String, Object>of("zxbh", "", "bm", "", "wt", "", "sj", "刚才").entrySet()) {
            Map<String, Object> body = new LinkedHashMap<>(question("ZW"));
            body.put(bad.getKey(), bad.getValue());
            Answer answer = api().post("/api/consultations", body);
            assertThat(answer.status()).as(bad.getKey()).isEqualTo(400);
            assertThat(answer.json().path("field").asText()).isEqualTo(bad.getKey());
        }
        assertThat(api().post("/api/consultations", Map.of("zxbh", "ZXNOSUCHQUESTION", "pf", 5)).status()).isEqualTo(404);
        assertThat(api().post("/api/consultations", Map.of("zxbh", "ZXNOSUCHQUESTION", "pf", 9)).json().path("field").asText())
                .isEqualTo("pf");
    }

    static Map<String, Object> question(String department) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("zxbh", "ZX" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase());
        body.put("zjhm", "330102199001011234");
        body.put("sxbm", "ZW001");
        body.put("bm", department);
        body.put("wt", "居住证明需要本人到场吗？");
        body.put("sj", Instant.now().toString());
        return body;
    }
}
