package org.virtualhall.approval.audit;

/**
 * A page of the audit trail, newest first, optionally only one action and one actor.
 *
 * @param page 0 for the newest rows
 */
public record AuditQuery(AuditAction action, String actor, int page) {

    public AuditQuery {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        page = Math.max(page, 0);
    }
}
