package org.virtualhall.approval.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Fills the store with a county hall's years of cases, straight through JDBC: mostly delivered, a few
 * thousand running with deadlines around today, some approved without verification. Then rebuilds the
 * supervision figures from them in one pass, as an administrator would after a bulk load.
 */
final class CaseFiller {

    private static final String[][] ITEMS = {
            {"GA003", "QXSP-0101-003", "GA", "A03"}, {"GA010", "QXSP-0101-010", "GA", "A01"},
            {"BDC001", "QXSP-0112-001", "BDC", "E01"}, {"BDC002", "QXSP-0112-002", "BDC", "E02"}};
    private static final String[] STAFF = {"QX0001", "QX0002", "QX0005", "QX0006", "QX0057", "QX0058", "QX0059"};

    private CaseFiller() {
    }

    static void fill(DataSource store, int count, LocalDate today) throws Exception {
        Random random = new Random(42);
        try (Connection c = store.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO cases (receipt, item_code, inner_item_code, "
                    + "department, window_no, region_code, case_type, state, applicant_name, applicant_id, applicant_mobile, "
                    + "form_json, source, submitted_at, received_at, clock_start, deadline, warn_on, verified, "
                    + "unverified_approval, handled_by, completed_at, on_time, rating) "
                    + "VALUES (?, ?, ?, ?, ?, '330199000000', 'PROMISED', ?, '张三', '330199199001010011', '13800138000', "
                    + "'{}', 'bench', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    String[] item = ITEMS[random.nextInt(ITEMS.length)];
                    boolean open = random.nextInt(100) < 2;
                    LocalDate start = today.minusDays(open ? random.nextInt(30) : 30 + random.nextInt(700));
                    OffsetDateTime received = start.atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
                    LocalDate deadline = start.plusDays(28);
                    boolean onTime = random.nextInt(100) < 96;
                    boolean unverified = random.nextInt(1000) == 0;
                    int p = 1;
                    insert.setString(p++, "BENCH" + i);
                    insert.setString(p++, item[0]);
                    insert.setString(p++, item[1]);
                    insert.setString(p++, item[2]);
                    insert.setString(p++, item[3]);
                    insert.setString(p++, open ? "REVIEW" : "DELIVERED");
                    insert.setObject(p++, received);
                    insert.setObject(p++, received);
                    insert.setObject(p++, start);
                    insert.setObject(p++, deadline);
                    insert.setObject(p++, start.plusDays(22));
                    insert.setBoolean(p++, !unverified);
                    insert.setBoolean(p++, unverified);
                    insert.setString(p++, STAFF[random.nextInt(STAFF.length)]);
                    insert.setObject(p++, open ? null : received.plusDays(onTime ? 10 : 40));
                    insert.setObject(p++, open ? null : onTime);
                    insert.setObject(p++, open ? null : 3 + random.nextInt(3));
                    insert.addBatch();
                    if (i % 5_000 == 4_999) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
                c.commit();
            }
            rebuildStats(c);
            c.commit();
        }
    }

    private static void rebuildStats(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM supervision_stats");
            for (String[] dimension : new String[][] {{"department", "department"}, {"window", "window_no"},
                    {"staff", "handled_by"}}) {
                s.execute("INSERT INTO supervision_stats (dimension, subject, completed, on_time, handling_minutes, "
                        + "rating_sum, rating_count, violations) SELECT '" + dimension[0] + "', " + dimension[1] + ", "
                        + "SUM(CASE WHEN completed_at IS NULL THEN 0 ELSE 1 END), "
                        + "SUM(CASE WHEN on_time THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN completed_at IS NULL THEN 0 ELSE 14400 END), "
                        + "SUM(COALESCE(rating, 0)), SUM(CASE WHEN rating IS NULL THEN 0 ELSE 1 END), "
                        + "SUM(CASE WHEN unverified_approval THEN 1 ELSE 0 END) "
                        + "FROM cases WHERE " + dimension[1] + " IS NOT NULL GROUP BY " + dimension[1]);
            }
        }
    }
}
