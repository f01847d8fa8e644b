package org.virtualhall.approval.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.intake.IntakeRequest;
import org.virtualhall.approval.intake.IntakeService;
import org.virtualhall.approval.store.Applications;
import org.virtualhall.approval.timelimit.TimeLimits;
import org.virtualhall.approval.workflow.CaseAction;
import org.virtualhall.approval.workflow.CaseCommand;
import org.virtualhall.approval.workflow.CaseWorkflow;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.json.HallJson;

/** 电子监察 figures on a real store. Other tests share the store, so counts are compared before and after. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SupervisionContract {

    static final Item ID_CARD = Applications.item(Applications.ID_CARD_REPLACEMENT);

    @Autowired
    IntakeService intake;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    CaseRepository cases;
    @Autowired
    Supervision supervision;
    @Autowired
    TimeLimits limits;
    @Autowired
    Clock clock;

    @Test
    void runningCaseTurnsYellowWhenMostTimeIsUsedAndRedWhenOverdue() {
        CaseRecord.TimeLimit expected = limits.start(LocalDate.now(clock), ID_CARD.promisedDays());
        LocalDate late = expected.deadline().plusDays(1);
        Overview beforeWarn = supervision.overview(expected.warnOn());
        Overview beforeLate = supervision.overview(late);
        Overview beforeStart = supervision.overview(expected.clockStart());

        CaseRecord c = startedCase();

        assertThat(c.limit()).isEqualTo(expected);
        assertThat(supervision.overview(expected.clockStart()).yellow()).isEqualTo(beforeStart.yellow());
        assertThat(supervision.overview(expected.warnOn()).yellow()).isEqualTo(beforeWarn.yellow() + 1);
        Overview after = supervision.overview(late);
        assertThat(after.red()).isEqualTo(beforeLate.red() + 1);
        assertThat(after.overdue()).extracting(Overview.Flagged::receipt).isNotEmpty();
    }

    @Test
    void caseWaitingForCorrectionIsPausedNotOverdue() {
        CaseRecord c = startedCase();
        LocalDate farAway = c.limit().deadline().plusDays(30);
        Overview before = supervision.overview(farAway);
        workflow.perform(c.id(), CaseCommand.of(CaseAction.REQUEST_CORRECTION, c.version(), "QX0005", ""));
        Overview after = supervision.overview(farAway);

        assertThat(after.red()).isEqualTo(before.red() - 1);
        assertThat(after.paused()).isEqualTo(before.paused() + 1);
    }

    @Test
    void completionCountsForDepartmentWindowAndStaffWithSatisfaction() {
        Figure before = staff("QX0007");
        CaseRecord c = cases.find(intake.intake(request(Applications.complete(Applications.receipt(), ID_CARD)))
                .caseId()).orElseThrow();
        for (CaseAction a : List.of(CaseAction.ACCEPT, CaseAction.START_FIRST_REVIEW, CaseAction.VERIFY,
                CaseAction.START_REVIEW, CaseAction.APPROVE, CaseAction.COMPLETE)) {
            c = workflow.perform(c.id(), CaseCommand.of(a, c.version(), "QX0007", ""));
        }
        workflow.perform(c.id(), new CaseCommand(CaseAction.RATE, c.version(), "QX0007", null, "", null, 4, null, null));

        Figure after = staff("QX0007");
        assertThat(after.completed()).isEqualTo((before == null ? 0 : before.completed()) + 1);
        assertThat(after.onTimeRate()).isEqualTo(100.0);
        assertThat(after.satisfaction()).isEqualTo(4.0);
        Overview o = supervision.overview(LocalDate.now(clock));
        assertThat(o.windows()).anySatisfy(f -> assertThat(f.subject()).isEqualTo("A03"));
        assertThat(o.departments()).anySatisfy(f -> {
            assertThat(f.subject()).isEqualTo("GA");
            assertThat(f.name()).isEqualTo("公安局");
        });
        assertThat(o.total().completed()).isGreaterThanOrEqualTo(1);
    }

    private Figure staff(String badge) {
        return supervision.overview(LocalDate.now(clock)).staff().stream().filter(f -> f.subject().equals(badge))
                .findFirst().orElse(null);
    }

    /** A running 居民身份证补领 without its materials, so a correction can be asked for. */
    private CaseRecord startedCase() {
        long id = intake.intake(request(Applications.body(Applications.receipt(), ID_CARD))).caseId();
        return cases.find(id).orElseThrow();
    }

    private static IntakeRequest request(Object body) {
        return HallJson.wire().convertValue(body, IntakeRequest.class);
    }
}
