package org.virtualhall.approval.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.virtualhall.approval.cases.CaseJournal;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.cases.CaseState;
import org.virtualhall.approval.cases.SignoffRepository;
import org.virtualhall.approval.timelimit.TimeLimits;
import org.virtualhall.model.catalog.CaseType;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.json.HallJson;

/** Stores a checked intake as a new case in 预审, with its materials, sign-offs and first event, in one transaction. */
@Component
class CaseCreator {

    private final CaseRepository cases;
    private final SignoffRepository signoffs;
    private final CaseJournal journal;
    private final TimeLimits limits;
    private final Clock clock;

    CaseCreator(CaseRepository cases, SignoffRepository signoffs, CaseJournal journal, TimeLimits limits, Clock clock) {
        this.cases = cases;
        this.signoffs = signoffs;
        this.journal = journal;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional
    public CaseRecord create(ValidIntake v) {
        IntakeRequest r = v.request();
        Item item = v.item();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        CaseRecord draft = new CaseRecord(0, r.sbh(), item.code(), r.sxbm(), item.department(), item.windows().get(0),
                r.xzqh(), item.caseType(), CaseState.PRE_CHECK,
                new CaseRecord.Applicant(r.sqr().xm(), r.sqr().zjhm(), r.sqr().sjhm()), json(v), r.ly(),
                v.submittedAt(), now, limits.start(today, item.promisedDays()), false, false, null, null, null, null, 0);
        long id = cases.insert(draft);
        for (ValidIntake.Material m : v.materials()) {
            cases.addMaterial(id, m.name(), m.contentType(), m.size(), m.sha256(), m.content());
        }
        if (item.caseType() == CaseType.JOINT) {
            signoffs.open(id, item.assistingDepartments());
        }
        CaseRecord created = new CaseRecord(id, draft.receipt(), draft.itemCode(), draft.innerItemCode(),
                draft.department(), draft.windowNo(), draft.regionCode(), draft.caseType(), draft.state(),
                draft.applicant(), draft.formJson(), draft.source(), draft.submittedAt(), draft.receivedAt(),
                draft.limit(), false, false, null, null, null, null, 0);
        journal.record(created, "收件", "申请已送达" + item.name() + "审批窗口，等待预审", "system");
        return created;
    }

    private static String json(ValidIntake v) {
        try {
            return HallJson.wire().writeValueAsString(v.form());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
