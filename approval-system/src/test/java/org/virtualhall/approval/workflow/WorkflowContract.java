package org.virtualhall.approval.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.cases.CaseState;
import org.virtualhall.approval.intake.IntakeRequest;
import org.virtualhall.approval.intake.IntakeService;
import org.virtualhall.approval.store.Applications;
import org.virtualhall.approval.store.TestGateway;
import org.virtualhall.model.catalog.CaseType;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.json.HallJson;

/** The case flow on a real store, with feedback reaching the gateway's receiving end. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class WorkflowContract {

    @Autowired
    IntakeService intake;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    CaseRepository cases;
    @Autowired
    JdbcClient jdbc;

    @Test
    void promisedCaseGoesThroughEveryStepAndTheCitizenSeesEachOne() {
        CaseRecord c = newCase(Applications.idCardReplacement(Applications.receipt()));
        for (CaseAction step : List.of(CaseAction.ACCEPT, CaseAction.START_FIRST_REVIEW, CaseAction.VERIFY,
                CaseAction.START_REVIEW, CaseAction.APPROVE, CaseAction.COMPLETE, CaseAction.DELIVER)) {
            c = step(c, step, "QX0005", "");
        }
        c = workflow.perform(c.id(), new CaseCommand(CaseAction.RATE, c.version(), "QX0005", null, "", null, 5, null, null));

        assertThat(c.state()).isEqualTo(CaseState.DELIVERED);
        assertThat(c.onTime()).isTrue();
        assertThat(c.unverifiedApproval()).isFalse();
        assertThat(cases.events(c.id())).extracting(e -> e.step()).containsExactly("收件", "受理", "初审", "材料核验",
                "审核", "批准", "办结", "送达", "满意度评价");
        String receipt = c.receipt();
        await().atMost(Duration.ofSeconds(10)).until(() -> TestGateway.shared().eventsOf(receipt).size() == 9);
        assertThat(TestGateway.shared().eventsOf(receipt)).extracting(e -> e.path("status").asText())
                .containsSubsequence("DELIVERED", "ACCEPTED_FOR_PROCESSING", "IN_REVIEW", "APPROVED", "COMPLETED",
                        "DELIVERED_TO_APPLICANT");
        assertThat(TestGateway.shared().eventsOf(receipt).get(1).path("actor").asText()).isEqualTo("QX0005");
    }

    @Test
    void stepNotAllowedInTheCurrentStateIsRefusedWithTheReason() {
        CaseRecord c = newCase(Applications.idCardReplacement(Applications.receipt()));
        assertThatThrownBy(() -> step(c, CaseAction.APPROVE, "head-GA", ""))
                .isInstanceOf(TransitionRefusedException.class).hasMessageContaining("预审").hasMessageContaining("批准");
        assertThatThrownBy(() -> step(c, CaseAction.REFUSE, "QX0005", ""))
                .isInstanceOf(TransitionRefusedException.class).hasMessageContaining("理由");
        assertThat(cases.find(c.id()).orElseThrow().state()).isEqualTo(CaseState.PRE_CHECK);
    }

    @Test
    void correctionListsEveryMissingMaterialAtOnceAndStopsTheClock() {
        Item item = Applications.itemWhere("requires two materials and has an optional one of another name", i -> {
            List<String> required = Applications.requiredMaterials(i);
            return required.size() >= 2 && i.materials().stream().filter(m -> !m.required())
                    .anyMatch(m -> required.stream().noneMatch(r -> r.contains(m.name())));
        });
        List<String> required = Applications.requiredMaterials(item);
        String optional = item.materials().stream().filter(m -> !m.required()).map(Material::name)
                .filter(name -> required.stream().noneMatch(r -> r.contains(name))).findFirst().orElseThrow();
        CaseRecord c = newCase(Applications.body(Applications.receipt(), item));
        c = step(c, CaseAction.REQUEST_CORRECTION, "QX0005", "请到综合窗口提交");

        assertThat(c.state()).isEqualTo(CaseState.CORRECTION);
        assertThat(c.caseType()).isEqualTo(CaseType.PENDING_CORRECTION);
        assertThat(c.limit().paused()).isTrue();
        String note = cases.events(c.id()).get(1).note();
        assertThat(note).contains("1. " + required.get(0), "2. " + required.get(1), "请到综合窗口提交")
                .doesNotContain(optional);
        String receipt = c.receipt();
        await().atMost(Duration.ofSeconds(10)).until(() -> TestGateway.shared().eventsOf(receipt).stream()
                .anyMatch(e -> e.path("status").asText().equals("CORRECTION_REQUESTED")
                        && e.path("note").asText().contains(required.get(1))));

        c = step(c, CaseAction.SUPPLEMENT, "QX0005", "");
        assertThat(c.state()).isEqualTo(CaseState.PRE_CHECK);
        assertThat(c.limit().paused()).isFalse();
    }

    @Test
    void correctionIsRefusedWhenNothingIsMissing() {
        CaseRecord c = newCase(Applications.idCardReplacement(Applications.receipt()));
        assertThatThrownBy(() -> step(c, CaseAction.REQUEST_CORRECTION, "QX0005", ""))
                .isInstanceOf(TransitionRefusedException.class).hasMessageContaining("齐全");
    }

    @Test
    void refusalReturnsTheCaseWithItsReason() {
        CaseRecord c = newCase(Applications.idCardReplacement(Applications.receipt()));
        c = step(c, CaseAction.REFUSE, "QX0005", "申请人非本县户籍");
        assertThat(c.state()).isEqualTo(CaseState.REFUSED);
        assertThat(c.caseType()).isEqualTo(CaseType.RETURNED);
        assertThat(cases.events(c.id()).get(1).note()).isEqualTo("申请人非本县户籍");
    }

    @Test
    void jointCaseIsApprovedOnlyAfterEveryAssistingDepartmentSigned() {
        Item item = Applications.itemWhere("is a 联办件 with two assisting departments",
                i -> i.caseType() == CaseType.JOINT && i.assistingDepartments().size() >= 2);
        List<String> assisting = item.assistingDepartments();
        String head = "head-" + item.department();
        CaseRecord c = newCase(Applications.complete(Applications.receipt(), item));
        c = step(step(step(step(c, CaseAction.ACCEPT, "QX0057", ""), CaseAction.START_FIRST_REVIEW, "QX0057", ""),
                CaseAction.VERIFY, "QX0057", ""), CaseAction.START_REVIEW, "QX0057", "");
        CaseRecord inReview = c;
        assertThatThrownBy(() -> step(inReview, CaseAction.APPROVE, head, ""))
                .isInstanceOf(TransitionRefusedException.class).hasMessageContaining(assisting.get(0))
                .hasMessageContaining(assisting.get(1));

        for (String department : assisting) {
            c = signOff(c, department);
        }
        assertThatThrownBy(() -> signOff(cases.find(inReview.id()).orElseThrow(), assisting.get(0)))
                .isInstanceOf(TransitionRefusedException.class);
        c = step(c, CaseAction.APPROVE, head, "");
        assertThat(c.state()).isEqualTo(CaseState.APPROVED);
    }

    @Test
    void forwardedCaseIsDecidedAfterTheHigherLevel() {
        Item item = Applications.itemWhere("is a 上报件", i -> i.caseType() == CaseType.FORWARDED);
        String head = "head-" + item.department();
        CaseRecord c = newCase(Applications.complete(Applications.receipt(), item));
        c = step(step(step(c, CaseAction.ACCEPT, "QX0059", ""), CaseAction.START_FIRST_REVIEW, "QX0059", ""),
                CaseAction.START_REVIEW, "QX0059", "");
        CaseRecord inReview = c;
        assertThatThrownBy(() -> step(inReview, CaseAction.APPROVE, head, ""))
                .isInstanceOf(TransitionRefusedException.class).hasMessageContaining("上级");
        c = step(c, CaseAction.FORWARD, "QX0059", "报市级主管部门");
        assertThat(c.state()).isEqualTo(CaseState.FORWARDED);
        assertThat(step(c, CaseAction.APPROVE, head, "市局批复同意").state()).isEqualTo(CaseState.APPROVED);
    }

    @Test
    void onTheSpotApprovalWithoutVerificationIsFlagged() {
        Item item = Applications.itemWhere("is a 即办件", i -> i.caseType() == CaseType.ON_THE_SPOT);
        String window = item.windows().get(0);
        CaseRecord c = newCase(Applications.complete(Applications.receipt(), item));
        long before = violations(window);
        c = step(step(c, CaseAction.ACCEPT, "QX0001", ""), CaseAction.APPROVE, "head-" + item.department(), "");

        assertThat(c.unverifiedApproval()).isTrue();
        assertThat(violations(window)).isEqualTo(before + 1);
    }

    @Test
    void changeBasedOnAStaleVersionIsRefused() {
        CaseRecord seen = newCase(Applications.idCardReplacement(Applications.receipt()));
        step(seen, CaseAction.ACCEPT, "QX0005", "");
        assertThatThrownBy(() -> step(seen, CaseAction.REFUSE, "QX0006", "材料不全"))
                .isInstanceOf(OptimisticLockingFailureException.class).hasMessageContaining("已被他人修改");
        assertThat(cases.find(seen.id()).orElseThrow().state()).isEqualTo(CaseState.ACCEPTED);
    }

    @Test
    void feedbackIsRetriedUntilTheGatewayTakesIt() {
        TestGateway gateway = TestGateway.shared();
        int refusedBefore = gateway.refused();
        gateway.failNext(3);
        CaseRecord c = newCase(Applications.idCardReplacement(Applications.receipt()));
        String receipt = c.receipt();
        await().atMost(Duration.ofSeconds(15)).until(() -> gateway.eventsOf(receipt).size() == 1);
        assertThat(gateway.refused()).isGreaterThanOrEqualTo(refusedBefore + 3);
        JsonNode event = gateway.eventsOf(receipt).get(0);
        assertThat(event.path("id").asText()).isNotBlank();
        assertThat(event.path("at").asText()).isNotBlank();
    }

    CaseRecord newCase(Map<String, Object> body) {
        long id = intake.intake(HallJson.wire().convertValue(body, IntakeRequest.class)).caseId();
        return cases.find(id).orElseThrow();
    }

    CaseRecord step(CaseRecord c, CaseAction action, String actor, String note) {
        return workflow.perform(c.id(), CaseCommand.of(action, c.version(), actor, note));
    }

    CaseRecord signOff(CaseRecord c, String department) {
        return workflow.perform(c.id(), new CaseCommand(CaseAction.SIGN_OFF, c.version(), "head-" + department,
                department, "同意", null, null, true, null));
    }

    long violations(String window) {
        return jdbc.sql("SELECT COALESCE(SUM(violations), 0) FROM supervision_stats WHERE dimension = 'window' AND subject = ?")
                .param(window).query(Long.class).single();
    }
}
