package org.virtualhall.approval.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;
import org.virtualhall.approval.system.ApprovalProperties;

/** The audit trail of administrative actions, written in the transaction of the action it records. */
@Repository
public class AuditLog {

    /** The actor of what the system does by itself, such as locking an account. */
    public static final String SYSTEM = "系统";

    private static final int DETAIL_LIMIT = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final int pageSize;

    AuditLog(JdbcClient jdbc, Clock clock, ApprovalProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = properties.zone();
        this.pageSize = properties.audit().pageSize();
    }

    /** Records an action of the signed-in user. */
    public void record(AuditAction action, String target, String detail) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        record(who == null ? SYSTEM : who.getName(), action, target, detail);
    }

    public void record(String actor, AuditAction action, String target, String detail) {
        String text = detail.length() > DETAIL_LIMIT ? detail.substring(0, DETAIL_LIMIT - 1) + "…" : detail;
        jdbc.sql("INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), actor, action.name(), target, text).update();
    }

    public AuditPage page(AuditQuery query) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.action() != null) {
            where.append(" AND action = ?");
            params.add(query.action().name());
        }
        if (query.actor() != null) {
            where.append(" AND actor = ?");
            params.add(query.actor());
        }
        if (query.target() != null) {
            where.append(" AND target = ?");
            params.add(query.target());
        }
        if (query.from() != null) {
            where.append(" AND at >= ?");
            params.add(startOf(query.from()));
        }
        if (query.to() != null) {
            where.append(" AND at < ?");
            params.add(startOf(query.to().plusDays(1)));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_log" + where).params(params).query(Long.class).single();
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int page = Math.min(query.page(), pages - 1);
        List<Object> paged = new ArrayList<>(params);
        paged.add(pageSize);
        paged.add((long) page * pageSize);
        List<AuditEntry> entries = jdbc.sql("SELECT * FROM audit_log" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
                .params(paged)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        AuditAction.valueOf(rs.getString("action")), rs.getString("target"), rs.getString("detail")))
                .list();
        return new AuditPage(entries, total, page, pages);
    }

    /** Days are the hall's days (Asia/Shanghai), whatever the server's zone. */
    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }
}
