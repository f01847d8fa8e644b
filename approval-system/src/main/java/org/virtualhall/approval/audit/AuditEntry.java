package org.virtualhall.approval.audit;

import java.time.Instant;

/** One row of the audit trail: who did what to which target, when. */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String target, String detail) {
}
