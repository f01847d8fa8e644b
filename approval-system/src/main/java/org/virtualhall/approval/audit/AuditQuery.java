package org.virtualhall.approval.audit;

import java.time.LocalDate;

/**
 * A page of the audit trail, newest first; each filter is optional.
 *
 * @param actor  who did it (操作人), a username or 系统
 * @param target what it was done to (对象): an account, a department, window, badge, item code or table
 * @param from   the first day, in the hall's time zone
 * @param to     the last day, in the hall's time zone
 * @param page   0 for the newest rows
 */
public record AuditQuery(AuditAction action, String actor, String target, LocalDate from, LocalDate to, int page) {

    public AuditQuery {
        actor = blankToNull(actor);
        target = blankToNull(target);
        page = Math.max(page, 0);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
