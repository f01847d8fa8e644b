package org.virtualhall.approval.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.cases.CaseState;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.store.Applications;
import org.virtualhall.approval.store.TestGateway;
import org.virtualhall.approval.workflow.CaseAction;
import org.virtualhall.approval.workflow.CaseCommand;
import org.virtualhall.approval.workflow.CaseWorkflow;
import org.virtualhall.approval.workflow.TransitionRefusedException;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.json.HallJson;

/** POST /api/cases/{receipt}/supplements (补正材料 from the inner gateway), run against each store by its subclasses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SupplementApiContract {

    @LocalServerPort
    int port;
    @Autowired
    IntakeService intake;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    CaseRepository cases;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

    JsonHttp api() {
        return JsonHttp.local(port, HallJson.wire());
    }

    @Test
    void materialsForACaseWaitingForCorrectionAreStoredRecordedAndToldToTheCitizen() {
        CaseRecord c = waitingForCorrection();
        List<String> files = requiredMaterials().stream().map(m -> m.name() + ".pdf").toList();
        Map<String, Object> body = supplement(supplementId(), "已按要求补齐", files.toArray(String[]::new));

        Answer answer = api().post(path(c), body);

        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(201);
        assertThat(answer.json().path("supplement").asText()).isEqualTo(body.get("bzbh"));
        assertThat(answer.json().path("state").asText()).isEqualTo("CORRECTION");
        assertThat(answer.json().path("materials").asInt()).isEqualTo(files.size());
        assertThat(storedMaterials(body)).isEqualTo(files.size());
        var last = cases.events(c.id()).get(cases.events(c.id()).size() - 1);
        assertThat(last.step()).isEqualTo("申请人补正材料");
        assertThat(last.note()).contains(files).contains("已按要求补齐");
        await().atMost(Duration.ofSeconds(10)).until(() -> TestGateway.shared().eventsOf(c.receipt()).stream()
                .anyMatch(e -> e.path("step").asText().equals("申请人补正材料")
                        && e.path("status").asText().equals("CORRECTION_REQUESTED")));

        CaseRecord now = cases.find(c.id()).orElseThrow();
        now = workflow.perform(now.id(), CaseCommand.of(CaseAction.SUPPLEMENT, now.version(), "QX0005", ""));
        assertThat(now.state()).isEqualTo(CaseState.PRE_CHECK);
        CaseRecord complete = now;
        assertThatThrownBy(() -> workflow.perform(complete.id(),
                CaseCommand.of(CaseAction.REQUEST_CORRECTION, complete.version(), "QX0005", "")))
                .as("the supplied files count as handed in").isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("齐全");
    }

    @Test
    void aRepeatedSupplementAnswersTheSameCaseAndIsStoredOnce() {
        CaseRecord c = waitingForCorrection();
        Map<String, Object> body = supplement(supplementId(), "", "户口簿.pdf");
        assertThat(api().post(path(c), body).status()).isEqualTo(201);
        Answer again = api().post(path(c), body);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("caseId").asLong()).isEqualTo(c.id());
        assertThat(storedMaterials(body)).isEqualTo(1);
        assertThat(cases.events(c.id())).filteredOn(e -> e.step().equals("申请人补正材料")).hasSize(1);
    }

    @Test
    void simultaneousResendsStoreOneSupplement() throws Exception {
        CaseRecord c = waitingForCorrection();
        Map<String, Object> body = supplement(supplementId(), "", "户口簿.pdf", "近期免冠照片.jpg");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> sends = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sends.add(() -> api().post(path(c), body).status());
            }
            for (Future<Integer> f : pool.invokeAll(sends)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsOnlyOnce(201).allMatch(s -> s == 200 || s == 201 || s == 503);
        assertThat(storedMaterials(body)).isEqualTo(2);
    }

    @Test
    void anUnknownReceiptIsNotFound() {
        Answer answer = api().post("/api/cases/NOSUCHRECEIPT/supplements", supplement(supplementId(), "", "户口簿.pdf"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("error").asText()).isEqualTo("not_found");
    }

    @Test
    void aCaseNotWaitingForCorrectionRefusesWithTheReasonAndStoresNothing() {
        CaseRecord c = newCase();
        Map<String, Object> body = supplement(supplementId(), "", "户口簿.pdf");
        Answer answer = api().post(path(c), body);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().path("reason").asText()).contains("预审", "待补正");
        assertThat(storedMaterials(body)).isZero();
        assertThat(cases.events(c.id())).noneMatch(e -> e.step().equals("申请人补正材料"));
    }

    /** Each refusal is a 400 naming the field, and stores nothing. */
    @Nested
    class BadInput {

        @Test
        void missingSupplementId() {
            Map<String, Object> body = supplement(supplementId(), "", "户口簿.pdf");
            body.remove("bzbh");
            assertRefused(body, "bzbh");
        }

        @Test
        void noMaterials() {
            assertRefused(supplement(supplementId(), ""), "cl");
        }

        @Test
        void materialWhoseHashDoesNotMatch() {
            Map<String, Object> body = supplement(supplementId(), "");
            Map<String, Object> material = new HashMap<>(Applications.material("户口簿.pdf", new byte[] {1, 2, 3}));
            material.put("sha256", "00".repeat(32));
            body.put("cl", List.of(material));
            assertRefused(body, "cl[0].sha256");
        }

        @Test
        void sizeThatDoesNotMatchTheContent() {
            Map<String, Object> body = supplement(supplementId(), "");
            Map<String, Object> material = new HashMap<>(Applications.material("户口簿.pdf", new byte[] {1, 2, 3}));
            material.put("dx", 99);
            body.put("cl", List.of(material));
            assertRefused(body, "cl[0].dx");
        }

        @Test
        void submissionTimeThatIsNotAnInstant() {
            Map<String, Object> body = supplement(supplementId(), "", "户口簿.pdf");
            body.put("tjsj", "昨天");
            assertRefused(body, "tjsj");
        }

        @Test
        void noteTooLong() {
            assertRefused(supplement(supplementId(), "说".repeat(1001), "户口簿.pdf"), "bzsm");
        }

        @Test
        void missingSource() {
            Map<String, Object> body = supplement(supplementId(), "", "户口簿.pdf");
            body.remove("ly");
            assertRefused(body, "ly");
        }

        private void assertRefused(Map<String, Object> body, String field) {
            CaseRecord c = waitingForCorrection();
            Answer answer = api().post(path(c), body);
            assertThat(answer.status()).as(answer.json().toString()).isEqualTo(400);
            assertThat(answer.json().path("field").asText()).isEqualTo(field);
            assertThat(answer.json().path("reason").asText()).isNotBlank();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM case_supplements WHERE case_id = ?").param(c.id())
                    .query(Long.class).single()).isZero();
        }
    }

    CaseRecord newCase() {
        return cases.find(intake.intake(HallJson.wire().convertValue(Applications.idCardReplacementWithoutMaterials(Applications.receipt()),
                IntakeRequest.class)).caseId()).orElseThrow();
    }

    CaseRecord waitingForCorrection() {
        CaseRecord c = newCase();
        return workflow.perform(c.id(), CaseCommand.of(CaseAction.REQUEST_CORRECTION, c.version(), "QX0005", ""));
    }

    List<Material> requiredMaterials() {
        return catalog.item("GA003").orElseThrow().materials().stream().filter(Material::required).toList();
    }

    long storedMaterials(Map<String, Object> body) {
        return jdbc.sql("SELECT COUNT(*) FROM case_materials WHERE supplement_id = ?").param(body.get("bzbh"))
                .query(Long.class).single();
    }

    static String path(CaseRecord c) {
        return "/api/cases/" + c.receipt() + "/supplements";
    }

    static String supplementId() {
        return "BZ20261123-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    /** A supplement as the inner gateway sends it (docs/contracts.md). */
    static Map<String, Object> supplement(String id, String note, String... files) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bzbh", id);
        List<Map<String, Object>> cl = new ArrayList<>();
        for (String f : files) {
            cl.add(Applications.material(f, ("补正扫描件：" + f).getBytes(StandardCharsets.UTF_8)));
        }
        body.put("cl", cl);
        body.put("bzsm", note);
        body.put("tjsj", "2026-11-23T05:00:00Z");
        body.put("ly", "client-3d");
        return body;
    }
}
