package org.virtualhall.approval.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.virtualhall.approval.cases.CaseJournal;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.cases.SupplementRepository;

/**
 * Stores a checked supplement with its materials and records 「申请人补正材料」, in one transaction. The case's
 * version moves on, so a clerk's page opened before the materials arrived is refused and shown again with them.
 */
@Component
class SupplementRecorder {

    static final String STEP = "申请人补正材料";
    static final String ACTOR = "申请人";

    private final CaseRepository cases;
    private final SupplementRepository supplements;
    private final CaseJournal journal;
    private final Clock clock;

    SupplementRecorder(CaseRepository cases, SupplementRepository supplements, CaseJournal journal, Clock clock) {
        this.cases = cases;
        this.supplements = supplements;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public CaseRecord record(CaseRecord c, String id, List<ValidIntake.Material> materials, String note,
                             Instant submittedAt, String source) {
        supplements.insert(id, c.id(), submittedAt, clock.instant(), note, source);
        for (ValidIntake.Material m : materials) {
            supplements.addMaterial(c.id(), id, m.name(), m.contentType(), m.size(), m.sha256(), m.content());
        }
        CaseRecord touched = cases.update(c);
        String names = String.join("、", materials.stream().map(ValidIntake.Material::name).toList());
        journal.record(touched, STEP, "补交材料：" + names + (note.isEmpty() ? "" : "；说明：" + note), ACTOR);
        return touched;
    }
}
