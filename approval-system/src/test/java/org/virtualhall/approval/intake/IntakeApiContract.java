package org.virtualhall.approval.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.virtualhall.approval.store.Api;
import org.virtualhall.approval.store.Applications;
import org.virtualhall.model.calendar.WorkingDayCalendar;

/** POST /api/intake and GET /api/cases/{receipt}, run against each store by its subclasses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class IntakeApiContract {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    Clock clock;

    Api api() {
        return new Api(port);
    }

    @Test
    void newReceiptBecomesCaseInPreCheckWithPromisedDeadline() {
        String receipt = Applications.receipt();
        Api.Answer answer = api().post("/api/intake", Applications.idCardReplacement(receipt, "户口簿", "近期免冠照片"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body().path("receipt").asText()).isEqualTo(receipt);
        assertThat(answer.body().path("caseId").asLong()).isPositive();
        assertThat(answer.body().path("state").asText()).isEqualTo("PRE_CHECK");
        assertThat(answer.body().path("deadline").asText())
                .isEqualTo(calendar.addWorkingDays(LocalDate.now(clock), 20).toString());

        Api.Answer view = api().get("/api/cases/" + receipt);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body().path("itemCode").asText()).isEqualTo("GA003");
        assertThat(view.body().path("caseType").asText()).isEqualTo("PROMISED");
        assertThat(view.body().path("events").get(0).path("step").asText()).isEqualTo("收件");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_materials m JOIN cases c ON c.id = m.case_id WHERE c.receipt = ?")
                .param(receipt).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void repeatedReceiptAnswersTheExistingCase() {
        String receipt = Applications.receipt();
        Map<String, Object> body = Applications.idCardReplacement(receipt, "户口簿");
        Api.Answer first = api().post("/api/intake", body);
        Api.Answer second = api().post("/api/intake", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().path("caseId").asLong()).isEqualTo(first.body().path("caseId").asLong());
        assertThat(countCases(receipt)).isEqualTo(1);
    }

    @Test
    void simultaneousResendsMakeOneCase() throws Exception {
        String receipt = Applications.receipt();
        Map<String, Object> body = Applications.idCardReplacement(receipt, "户口簿");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> sends = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sends.add(() -> api().post("/api/intake", body).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(sends)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        } finally {
            pool.shutdown();
        }
        assertThat(countCases(receipt)).isEqualTo(1);
    }

    @Test
    void unknownCaseIsNotFoundAsJson() {
        Api.Answer answer = api().get("/api/cases/NOSUCHRECEIPT");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("error").asText()).isEqualTo("not_found");
    }

    long countCases(String receipt) {
        return jdbc.sql("SELECT COUNT(*) FROM cases WHERE receipt = ?").param(receipt).query(Long.class).single();
    }

    /** Every refusal is a 400 naming the field, and stores nothing. */
    @Nested
    class BadInput {

        @Test
        void unknownItemCode() {
            Map<String, Object> body = Applications.idCardReplacement(Applications.receipt(), "户口簿");
            body.put("sxbm", "QXSP-9999-999");
            assertRefused(body, "sxbm");
        }

        @Test
        void departmentThatDoesNotLeadTheItem() {
            Map<String, Object> body = Applications.idCardReplacement(Applications.receipt(), "户口簿");
            body.put("bmbm", "001012001");
            assertRefused(body, "bmbm");
        }

        @Test
        void idNumberWithWrongCheckDigit() {
            Map<String, Object> body = Applications.idCardReplacement(Applications.receipt(), "户口簿");
            body.put("sqr", Map.of("xm", "张三", "zjhm", "330199199001011230", "sjhm", "13800138000"));
            assertThat(Applications.idNumber()).isNotEqualTo("330199199001011230");
            assertRefused(body, "sqr.zjhm");
        }

        @Test
        void missingRequiredFormField() {
            Map<String, Object> body = Applications.idCardReplacement(Applications.receipt(), "户口簿");
            body.put("bdsj", Map.of("reason", "丢失"));
            assertRefused(body, "bdsj.address");
        }

        @Test
        void selectValueNotOffered() {
            Map<String, Object> body = Applications.idCardReplacement(Applications.receipt(), "户口簿");
            body.put("bdsj", Map.of("reason", "借给别人", "address", "青溪镇"));
            assertRefused(body, "bdsj.reason");
        }

        @Test
        void materialWhoseHashDoesNotMatch() {
            Map<String, Object> body = Applications.idCardReplacement(Applications.receipt());
            Map<String, Object> material = new HashMap<>(Applications.material("户口簿", new byte[] {1, 2, 3}));
            material.put("sha256", "00".repeat(32));
            body.put("cl", List.of(material));
            assertRefused(body, "cl[0].sha256");
        }

        @Test
        void bodyThatIsNotJson() {
            Api.Answer answer = api().post("/api/intake", "{not json");
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body().path("error").asText()).isEqualTo("unreadable");
        }

        private void assertRefused(Map<String, Object> body, String field) {
            Api.Answer answer = api().post("/api/intake", body);
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body().path("field").asText()).isEqualTo(field);
            assertThat(answer.body().path("reason").asText()).isNotBlank();
            assertThat(countCases((String) body.get("sbh"))).isZero();
        }
    }
}
