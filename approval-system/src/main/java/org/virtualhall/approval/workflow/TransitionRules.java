package org.virtualhall.approval.workflow;

import java.util.List;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseState;
import org.virtualhall.approval.cases.SignoffRepository.Signoff;
import org.virtualhall.model.catalog.CaseType;

/** Whether a step may be taken now; refusals say why in the hall's words. */
final class TransitionRules {

    private TransitionRules() {
    }

    /**
     * @param published the case type the item is published with (a 补办件 stays a 联办件 at heart)
     */
    static void check(CaseRecord c, CaseType published, CaseCommand cmd, List<Signoff> signoffs) {
        CaseAction action = cmd.action();
        if (!action.startsFrom(c.state())) {
            refuse("办件当前为「" + c.state().label() + "」，不能" + action.step());
        }
        if (action.needsReason() && cmd.note().isBlank()) {
            refuse(action.step() + "必须写明理由");
        }
        boolean decision = action == CaseAction.APPROVE || action == CaseAction.REJECT;
        if (decision && c.state() == CaseState.ACCEPTED && published != CaseType.ON_THE_SPOT) {
            refuse("只有即办件可在受理后当场决定，本件须经初审、审核");
        }
        if (decision && c.state() == CaseState.REVIEW && published == CaseType.FORWARDED) {
            refuse("上报件须报上级审批后，按上级意见决定");
        }
        switch (action) {
            case SIGN_OFF -> checkSignoff(published, cmd, signoffs);
            case FORWARD -> {
                if (published != CaseType.FORWARDED) {
                    refuse("本事项不是上报件，不需上报");
                }
            }
            case APPROVE -> checkJointApproval(published, signoffs);
            case EXTEND -> {
                if (cmd.days() == null || cmd.days() < 1 || cmd.days() > 60) {
                    refuse("延期天数须为 1 至 60 个工作日");
                }
            }
            case RATE -> {
                if (cmd.rating() == null || cmd.rating() < 1 || cmd.rating() > 5) {
                    refuse("满意度评价须为 1 至 5 分");
                }
                if (c.rating() != null) {
                    refuse("本件已评价，不能重复评价");
                }
            }
            default -> { }
        }
    }

    private static void checkSignoff(CaseType published, CaseCommand cmd, List<Signoff> signoffs) {
        if (published != CaseType.JOINT) {
            refuse("本事项不是联办件，没有协办部门会签");
        }
        if (cmd.agreed() == null) {
            refuse("会签须选择同意或不同意");
        }
        boolean pending = signoffs.stream()
                .anyMatch(s -> s.department().equals(cmd.actorDepartment()) && s.pending());
        if (!pending) {
            refuse("部门 " + cmd.actorDepartment() + " 不是本件待会签的协办部门");
        }
    }

    private static void checkJointApproval(CaseType published, List<Signoff> signoffs) {
        if (published != CaseType.JOINT) {
            return;
        }
        List<String> waiting = signoffs.stream().filter(Signoff::pending).map(Signoff::department).toList();
        if (!waiting.isEmpty()) {
            refuse("联办件须全部协办部门会签后才能批准，尚待：" + String.join("、", waiting));
        }
        List<String> against = signoffs.stream().filter(s -> Boolean.FALSE.equals(s.agreed()))
                .map(Signoff::department).toList();
        if (!against.isEmpty()) {
            refuse("协办部门不同意，不能批准：" + String.join("、", against));
        }
    }

    private static void refuse(String reason) {
        throw new TransitionRefusedException(reason);
    }
}
