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
import org.virtualhall.approval.store.Applications;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.model.calendar.WorkingDayCalendar;
import org.virtualhall.model.catalog.FieldType;
import org.virtualhall.model.catalog.FormField;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.json.HallJson;

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

    JsonHttp api() {
        return JsonHttp.local(port, HallJson.wire());
    }

    static final Item ID_CARD = Applications.item(Applications.ID_CARD_REPLACEMENT);

    @Test
    void newReceiptBecomesCaseInPreCheckWithPromisedDeadline() {
        String receipt = Applications.receipt();
        List<String> twoMaterials = ID_CARD.materials().stream().limit(2).map(Material::name).toList();
        Answer answer = api().post("/api/intake",
                Applications.body(receipt, ID_CARD, twoMaterials.toArray(String[]::new)));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().path("receipt").asText()).isEqualTo(receipt);
        assertThat(answer.json().path("caseId").asLong()).isPositive();
        assertThat(answer.json().path("state").asText()).isEqualTo("PRE_CHECK");
        assertThat(answer.json().path("deadline").asText())
                .isEqualTo(calendar.addWorkingDays(LocalDate.now(clock), ID_CARD.promisedDays()).toString());

        Answer view = api().get("/api/cases/" + receipt);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().path("itemCode").asText()).isEqualTo(ID_CARD.code());
        assertThat(view.json().path("caseType").asText()).isEqualTo(ID_CARD.caseType().name());
        assertThat(view.json().path("events").get(0).path("step").asText()).isEqualTo("收件");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_materials m JOIN cases c ON c.id = m.case_id WHERE c.receipt = ?")
                .param(receipt).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void repeatedReceiptAnswersTheExistingCase() {
        String receipt = Applications.receipt();
        Map<String, Object> body = Applications.idCardReplacement(receipt);
        Answer first = api().post("/api/intake", body);
        Answer second = api().post("/api/intake", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("caseId").asLong()).isEqualTo(first.json().path("caseId").asLong());
        assertThat(countCases(receipt)).isEqualTo(1);
    }

    @Test
    void simultaneousResendsMakeOneCase() throws Exception {
        String receipt = Applications.receipt();
        Map<String, Object> body = Applications.idCardReplacement(receipt);
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
        Answer answer = api().get("/api/cases/NOSUCHRECEIPT");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("error").asText()).isEqualTo("not_found");
    }

    @Test
    void concurrentIntakesAreEachStoredBeforeTheyAreAnswered() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<String>> sends = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                sends.add(() -> {
                    String receipt = Applications.receipt();
                    Answer answer = api().post("/api/intake", Applications.idCardReplacement(receipt));
                    // Answered 201 only once committed: the case is there for whoever asks next.
                    return answer.status() + " " + countCases(receipt) + " " + api().get("/api/cases/" + receipt).status();
                });
            }
            for (Future<String> f : pool.invokeAll(sends)) {
                assertThat(f.get()).isEqualTo("201 1 200");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void batchAnswersEachIntakeAsASingleCallWould() {
        String stored = Applications.receipt();
        assertThat(api().post("/api/intake", Applications.idCardReplacement(stored)).status()).isEqualTo(201);
        String fresh = Applications.receipt();
        Map<String, Object> unknownItem = Applications.idCardReplacement(Applications.receipt());
        unknownItem.put("sxbm", "QXSP-9999-999");
        List<Map<String, Object>> batch = List.of(Applications.idCardReplacement(fresh), unknownItem,
                Applications.idCardReplacement(stored), Applications.idCardReplacement(fresh));

        Answer answer = api().post("/api/intake/batch", batch);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).hasSize(4);
        assertThat(answer.json()).extracting(a -> a.path("status").asInt()).containsExactly(201, 400, 200, 200);
        assertThat(answer.json().get(0).path("receipt").asText()).isEqualTo(fresh);
        assertThat(answer.json().get(0).path("deadline").asText())
                .isEqualTo(calendar.addWorkingDays(LocalDate.now(clock), ID_CARD.promisedDays()).toString());
        assertThat(answer.json().get(3).path("caseId").asLong()).isEqualTo(answer.json().get(0).path("caseId").asLong());
        assertThat(answer.json().get(1).path("field").asText()).isEqualTo("sxbm");
        assertThat(answer.json().get(1).path("reason").asText()).contains("QXSP-9999-999");
        assertThat(countCases(fresh)).isEqualTo(1);
        assertThat(countCases((String) unknownItem.get("sbh"))).isZero();
        assertThat(api().get("/api/cases/" + fresh).json().path("events").get(0).path("step").asText()).isEqualTo("收件");
    }

    @Test
    void emptyBatchIsRefused() {
        Answer answer = api().post("/api/intake/batch", List.of());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("reason").asText()).contains("1-");
    }

    long countCases(String receipt) {
        return jdbc.sql("SELECT COUNT(*) FROM cases WHERE receipt = ?").param(receipt).query(Long.class).single();
    }

    /** Every refusal is a 400 naming the field, and stores nothing. */
    @Nested
    class BadInput {

        @Test
        void unknownItemCode() {
            Map<String, Object> body = Applications.idCardReplacement(Applications.receipt());
            body.put("sxbm", "QXSP-9999-999");
            assertRefused(body, "sxbm");
        }

        @Test
        void departmentThatDoesNotLeadTheItem() {
            Map<String, Object> body = Applications.idCardReplacement(Applications.receipt());
            body.put("bmbm", Applications.innerDepartmentCode("BDC"));
            assertRefused(body, "bmbm");
        }

        @Test
        void idNumberWithWrongCheckDigit() {
            Map<String, Object> body = Applications.idCardReplacement(Applications.receipt());
            body.put("sqr", Map.of("xm", "张三", "zjhm", "330199199001011230", "sjhm", "13800138000"));
            assertThat(Applications.idNumber()).isNotEqualTo("330199199001011230");
            assertRefused(body, "sqr.zjhm");
        }

        @Test
        void missingRequiredFormField() {
            String key = ID_CARD.form().stream().filter(FormField::required).map(FormField::key).findFirst().orElseThrow();
            Map<String, Object> body = Applications.idCardReplacement(Applications.receipt());
            Map<String, Object> form = new HashMap<>(Applications.form(ID_CARD));
            form.remove(key);
            body.put("bdsj", form);
            assertRefused(body, "bdsj." + key);
        }

        @Test
        void selectValueNotOffered() {
            FormField select = ID_CARD.form().stream().filter(f -> f.type() == FieldType.SELECT).findFirst().orElseThrow();
            Map<String, Object> body = Applications.idCardReplacement(Applications.receipt());
            Map<String, Object> form = new HashMap<>(Applications.form(ID_CARD));
            form.put(select.key(), "借给别人");
            body.put("bdsj", form);
            assertRefused(body, "bdsj." + select.key());
        }

        @Test
        void formFieldTheItemDoesNotHave() {
            Map<String, Object> body = Applications.idCardReplacement(Applications.receipt());
            Map<String, Object> form = new HashMap<>(Applications.form(ID_CARD));
            form.put("favouriteColour", "蓝");
            body.put("bdsj", form);
            assertRefused(body, "bdsj.favouriteColour");
        }

        @Test
        void materialWhoseHashDoesNotMatch() {
            Map<String, Object> body = Applications.body(Applications.receipt(), ID_CARD);
            Map<String, Object> material = new HashMap<>(Applications.material("居民户口簿", new byte[] {1, 2, 3}));
            material.put("sha256", "00".repeat(32));
            body.put("cl", List.of(material));
            assertRefused(body, "cl[0].sha256");
        }

        @Test
        void bodyThatIsNotJson() {
            Answer answer = api().post("/api/intake", "{not json");
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().path("error").asText()).isEqualTo("unreadable");
        }

        private void assertRefused(Map<String, Object> body, String field) {
            Answer answer = api().post("/api/intake", body);
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().path("field").asText()).isEqualTo(field);
            assertThat(answer.json().path("reason").asText()).isNotBlank();
            assertThat(countCases((String) body.get("sbh"))).isZero();
        }
    }
}
