package org.virtualhall.approval.appointment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.virtualhall.approval.audit.AuditAction;
import org.virtualhall.approval.audit.AuditLog;

/** 预约 places per slot of the windows the administrator set. */
@Repository
public class CapacityRepository {

    private final JdbcClient jdbc;

    CapacityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Window → places, for the windows set. */
    Map<String, Integer> all() {
        Map<String, Integer> set = new LinkedHashMap<>();
        jdbc.sql("SELECT window_no, capacity FROM appointment_capacity ORDER BY window_no")
                .query(rs -> {
                    set.put(rs.getString(1), rs.getInt(2));
                });
        return set;
    }

    /** Sets a window's places and audits the change, in one transaction. */
    @Transactional
    public void set(String window, int capacity, Instant at, AuditLog audit) {
        Integer before = all().get(window);
        if (jdbc.sql("UPDATE appointment_capacity SET capacity = ?, changed_at = ? WHERE window_no = ?")
                .params(capacity, at.atOffset(ZoneOffset.UTC), window).update() == 0) {
            jdbc.sql("INSERT INTO appointment_capacity (window_no, capacity, changed_at) VALUES (?, ?, ?)")
                    .params(window, capacity, at.atOffset(ZoneOffset.UTC)).update();
        }
        audit.record(AuditAction.APPOINTMENT_CAPACITY_SET, window, (before == null ? "默认" : before) + " → " + capacity);
    }
}
