package org.virtualhall.approval.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the case page posts for a step; {@link #errors()} lists what is wrong, by field. */
record ActionForm(CaseAction action, Integer version, String note, Integer days, Integer rating, Boolean agreed,
                  List<String> redo) {

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (action == null) {
            errors.put("action", "请选择要办理的步骤");
            return errors;
        }
        if (version == null) {
            errors.put("version", "缺少办件版本，请刷新页面");
        }
        if (action.needsReason() && (note == null || note.isBlank())) {
            errors.put("note", action.step() + "必须写明理由");
        }
        if (note != null && note.length() > 1000) {
            errors.put("note", "说明不能超过 1000 字");
        }
        if (action == CaseAction.EXTEND && (days == null || days < 1 || days > 60)) {
            errors.put("days", "延期天数须为 1 至 60 个工作日");
        }
        if (action == CaseAction.RATE && (rating == null || rating < 1 || rating > 5)) {
            errors.put("rating", "请选择 1 至 5 分");
        }
        if (action == CaseAction.SIGN_OFF && agreed == null) {
            errors.put("agreed", "请选择同意或不同意");
        }
        return errors;
    }

    CaseCommand command(String actor, String department) {
        return new CaseCommand(action, version, actor, department, note, days, rating, agreed, redo);
    }
}
