package org.virtualhall.approval.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * Stores checked intakes as new cases in 预审, with their materials, sign-offs and first events, in one
 * transaction and one JDBC batch per table. A receipt already stored, or repeated within the batch,
 * answers the case it names instead of making a second one.
 */
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

    /** One result per intake, in the same order; {@code created} only for the first intake of a new receipt. */
    @Transactional
    public List<IntakeResult> storeAll(List<ValidIntake> intakes) {
        Map<String, ValidIntake> fresh = new LinkedHashMap<>();
        intakes.forEach(v -> fresh.putIfAbsent(v.request().sbh(), v));
        Map<String, CaseRecord> stored = new HashMap<>();
        cases.findByReceipts(fresh.keySet()).forEach(c -> stored.put(c.receipt(), c));
        stored.keySet().forEach(fresh::remove);

        List<CaseRecord> created = insert(new ArrayList<>(fresh.values()));
        created.forEach(c -> stored.put(c.receipt(), c));
        Set<String> answered = new HashSet<>();
        return intakes.stream().map(v -> {
            String receipt = v.request().sbh();
            return result(stored.get(receipt), fresh.containsKey(receipt) && answered.add(receipt));
        }).toList();
    }

    private List<CaseRecord> insert(List<ValidIntake> intakes) {
        if (intakes.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        // Deadlines depend only on the day and the promised days: one calendar walk per item kind, not per case.
        Map<Integer, CaseRecord.TimeLimit> limitByDays = new HashMap<>();
        List<CaseRecord> drafts = intakes.stream().map(v -> draft(v, now,
                limitByDays.computeIfAbsent(v.item().promisedDays(), days -> limits.start(today, days)))).toList();
        long[] ids = cases.insertAll(drafts);

        List<CaseRecord> created = new ArrayList<>(drafts.size());
        List<CaseRepository.NewMaterial> materials = new ArrayList<>();
        Map<String, String> itemNames = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            CaseRecord c = withId(drafts.get(i), ids[i]);
            ValidIntake v = intakes.get(i);
            created.add(c);
            itemNames.put(c.receipt(), v.item().name());
            v.materials().forEach(m -> materials.add(new CaseRepository.NewMaterial(c.id(), m.name(), m.contentType(),
                    m.size(), m.sha256(), m.content())));
            if (v.item().caseType() == CaseType.JOINT) {
                signoffs.open(c.id(), v.item().assistingDepartments());
            }
        }
        if (!materials.isEmpty()) {
            cases.addMaterials(materials);
        }
        journal.recordAll(created, "收件", c -> "申请已送达" + itemNames.get(c.receipt()) + "审批窗口，等待预审", "system");
        return created;
    }

    private static CaseRecord draft(ValidIntake v, Instant now, CaseRecord.TimeLimit limit) {
        IntakeRequest r = v.request();
        Item item = v.item();
        return new CaseRecord(0, r.sbh(), item.code(), r.sxbm(), item.department(), item.windows().get(0),
                r.xzqh(), item.caseType(), CaseState.PRE_CHECK,
                new CaseRecord.Applicant(r.sqr().xm(), r.sqr().zjhm(), r.sqr().sjhm()), json(v), r.ly(),
                v.submittedAt(), now, limit, false, false, null, null, null, null, 0);
    }

    private static CaseRecord withId(CaseRecord d, long id) {
        return new CaseRecord(id, d.receipt(), d.itemCode(), d.innerItemCode(), d.department(), d.windowNo(),
                d.regionCode(), d.caseType(), d.state(), d.applicant(), d.formJson(), d.source(), d.submittedAt(),
                d.receivedAt(), d.limit(), false, false, null, null, null, null, 0);
    }

    static IntakeResult result(CaseRecord c, boolean created) {
        return new IntakeResult(c.receipt(), c.id(), c.state().name(), c.limit().deadline(), created);
    }

    private static String json(ValidIntake v) {
        try {
            return HallJson.wire().writeValueAsString(v.form());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
