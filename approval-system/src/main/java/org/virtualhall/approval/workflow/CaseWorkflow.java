package org.virtualhall.approval.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.virtualhall.approval.cases.CaseJournal;
import org.virtualhall.approval.cases.CaseMaterial;
import org.virtualhall.approval.cases.CaseNotFoundException;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.cases.SignoffRepository;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.supervision.SupervisionStats;
import org.virtualhall.approval.timelimit.TimeLimits;
import org.virtualhall.model.catalog.CaseType;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;

/**
 * Takes a step on a case: checks it is allowed, changes the case (time limit, type, checks), records the
 * event and queues its feedback, all in one transaction guarded by the case version.
 */
@Service
public class CaseWorkflow {

    private final CaseRepository cases;
    private final SignoffRepository signoffs;
    private final CaseJournal journal;
    private final Catalog catalog;
    private final TimeLimits limits;
    private final SupervisionStats stats;
    private final Clock clock;

    CaseWorkflow(CaseRepository cases, SignoffRepository signoffs, CaseJournal journal, Catalog catalog,
                 TimeLimits limits, SupervisionStats stats, Clock clock) {
        this.cases = cases;
        this.signoffs = signoffs;
        this.journal = journal;
        this.catalog = catalog;
        this.limits = limits;
        this.stats = stats;
        this.clock = clock;
    }

    @Transactional
    public CaseRecord perform(long caseId, CaseCommand cmd) {
        CaseRecord c = cases.find(caseId).orElseThrow(() -> new CaseNotFoundException(String.valueOf(caseId)));
        if (c.version() != cmd.version()) {
            throw new OptimisticLockingFailureException("办件 " + c.receipt() + " 已被他人修改，请刷新后重试");
        }
        Item item = catalog.item(c.itemCode()).orElse(null);
        CaseType published = item == null ? c.caseType() : item.caseType();
        TransitionRules.check(c, published, cmd, signoffs.of(caseId));
        String note = cmd.note();
        if (cmd.action() == CaseAction.REQUEST_CORRECTION) {
            note = correctionNote(c, item, cmd);
        }
        CaseRecord changed = cases.update(apply(c, cmd));
        journal.record(changed, cmd.action().step(), describe(cmd, note), cmd.actor());
        account(changed, cmd);
        return changed;
    }

    private CaseRecord apply(CaseRecord c, CaseCommand cmd) {
        LocalDate today = LocalDate.now(clock);
        CaseRecord next = c.withState(cmd.action().target(c.state()));
        return switch (cmd.action()) {
            case ACCEPT -> next.withHandler(cmd.actor());
            case REQUEST_CORRECTION -> next.withType(CaseType.PENDING_CORRECTION).withLimit(limits.pause(c.limit(), today));
            case SUPPLEMENT -> next.withLimit(limits.resume(c.limit(), today));
            case REFUSE -> next.withType(CaseType.RETURNED);
            case VERIFY -> next.withChecks(true, false);
            case SIGN_OFF -> {
                signoffs.sign(c.id(), cmd.actorDepartment(), cmd.agreed(), cmd.actor(), clock.instant(), cmd.note());
                yield next;
            }
            case APPROVE -> next.withChecks(c.verified(), !c.verified());
            case EXTEND -> next.withLimit(limits.extend(c.limit(), cmd.days()));
            case COMPLETE -> {
                Instant now = clock.instant();
                yield next.withCompletion(now, limits.onTime(c.limit(), today));
            }
            case RATE -> next.withRating(cmd.rating());
            default -> next;
        };
    }

    private void account(CaseRecord c, CaseCommand cmd) {
        switch (cmd.action()) {
            case COMPLETE -> stats.completed(c);
            case RATE -> stats.rated(c, cmd.rating());
            case APPROVE -> {
                if (c.unverifiedApproval()) {
                    stats.violation(c);
                }
            }
            default -> { }
        }
    }

    private String correctionNote(CaseRecord c, Item item, CaseCommand cmd) {
        if (item == null) {
            throw new TransitionRefusedException("事项 " + c.itemCode() + " 已不在目录中，无法生成补正清单");
        }
        List<String> provided = cases.materials(c.id()).stream().map(CaseMaterial::name).toList();
        List<Material> missing = CorrectionNotice.missing(item, provided, cmd.extraMaterials());
        if (missing.isEmpty()) {
            throw new TransitionRefusedException("申报材料齐全，无需补正；如需重交某份材料，请勾选该材料");
        }
        return CorrectionNotice.text(missing, cmd.note());
    }

    private static String describe(CaseCommand cmd, String note) {
        return switch (cmd.action()) {
            case EXTEND -> "延期 " + cmd.days() + " 个工作日，理由：" + note;
            case RATE -> "评价 " + cmd.rating() + " 分" + (note.isBlank() ? "" : "：" + note);
            case SIGN_OFF -> cmd.actorDepartment() + (Boolean.TRUE.equals(cmd.agreed()) ? " 同意" : " 不同意")
                    + (note.isBlank() ? "" : "：" + note);
            default -> note;
        };
    }
}
