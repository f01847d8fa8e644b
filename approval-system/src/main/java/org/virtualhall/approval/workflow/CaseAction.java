package org.virtualhall.approval.workflow;

import static org.virtualhall.approval.cases.CaseState.ACCEPTED;
import static org.virtualhall.approval.cases.CaseState.APPROVED;
import static org.virtualhall.approval.cases.CaseState.COMPLETED;
import static org.virtualhall.approval.cases.CaseState.CORRECTION;
import static org.virtualhall.approval.cases.CaseState.DELIVERED;
import static org.virtualhall.approval.cases.CaseState.FIRST_REVIEW;
import static org.virtualhall.approval.cases.CaseState.FORWARDED;
import static org.virtualhall.approval.cases.CaseState.PRE_CHECK;
import static org.virtualhall.approval.cases.CaseState.REFUSED;
import static org.virtualhall.approval.cases.CaseState.REJECTED;
import static org.virtualhall.approval.cases.CaseState.REVIEW;

import java.util.Set;
import org.virtualhall.approval.cases.CaseState;

/**
 * The steps of the hall-side case flow (docs/domain.md): the state each starts from, where it leads
 * ({@code null}: the state stays, the step is still recorded), whether a written reason is required,
 * and whether it is a decision kept for the department head.
 */
public enum CaseAction {
    ACCEPT("受理", ACCEPTED, false, false, Set.of(PRE_CHECK)),
    REQUEST_CORRECTION("一次性告知补正", CORRECTION, false, false, Set.of(PRE_CHECK, FIRST_REVIEW)),
    SUPPLEMENT("补正材料收齐", PRE_CHECK, false, false, Set.of(CORRECTION)),
    REFUSE("不予受理", REFUSED, true, false, Set.of(PRE_CHECK, CORRECTION)),
    START_FIRST_REVIEW("初审", FIRST_REVIEW, false, false, Set.of(ACCEPTED)),
    VERIFY("材料核验", null, false, false, Set.of(ACCEPTED, FIRST_REVIEW, REVIEW)),
    START_REVIEW("审核", REVIEW, false, false, Set.of(FIRST_REVIEW)),
    SIGN_OFF("协办会签", null, false, true, Set.of(REVIEW)),
    FORWARD("上报上级", FORWARDED, false, false, Set.of(REVIEW)),
    APPROVE("批准", APPROVED, false, true, Set.of(ACCEPTED, REVIEW, FORWARDED)),
    REJECT("不予批准", REJECTED, true, true, Set.of(ACCEPTED, REVIEW, FORWARDED)),
    EXTEND("延期", null, true, true, Set.of(ACCEPTED, FIRST_REVIEW, REVIEW, FORWARDED)),
    COMPLETE("办结", COMPLETED, false, false, Set.of(APPROVED, REJECTED)),
    DELIVER("送达", DELIVERED, false, false, Set.of(COMPLETED)),
    RATE("满意度评价", null, false, false, Set.of(COMPLETED, DELIVERED));

    private final String step;
    private final CaseState target;
    private final boolean needsReason;
    private final boolean headOnly;
    private final Set<CaseState> from;

    CaseAction(String step, CaseState target, boolean needsReason, boolean headOnly, Set<CaseState> from) {
        this.step = step;
        this.target = target;
        this.needsReason = needsReason;
        this.headOnly = headOnly;
        this.from = from;
    }

    public String step() {
        return step;
    }

    /** The state after the step, given the state before it. */
    public CaseState target(CaseState current) {
        return target == null ? current : target;
    }

    public boolean needsReason() {
        return needsReason;
    }

    public boolean headOnly() {
        return headOnly;
    }

    public boolean startsFrom(CaseState state) {
        return from.contains(state);
    }
}
