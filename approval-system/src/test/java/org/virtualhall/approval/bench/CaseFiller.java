package org.virtualhall.approval.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * Fills the store with a county hall's years of cases: 98% delivered over two years (96% on time,
 * one in a thousand approved without verification), 2% running with deadlines around today. The rows
 * are generated inside the database (one INSERT … SELECT per chunk), so filling a million takes
 * the database's time, not the network's. Then rebuilds the supervision figures from them in one pass.
 */
final class CaseFiller {

    private static final int CHUNK = 100_000;

    /** The few date expressions that H2 and PostgreSQL spell differently. */
    private record Dialect(String range, String minusDays, String plusDays, String timestamp, String tsPlusDays) {

        static Dialect of(Connection c) throws Exception {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                    ? new Dialect("generate_series(%d, %d) AS r(x)", "(%s - (%s))", "(%s + (%s))",
                            "(CAST(%s AS TIMESTAMP) AT TIME ZONE 'UTC' + INTERVAL '1 hour')",
                            "(%s + (%s) * INTERVAL '1 day')")
                    : new Dialect("SYSTEM_RANGE(%d, %d) AS r(x)", "DATEADD(DAY, -(%2$s), %1$s)", "DATEADD(DAY, %2$s, %1$s)",
                            "CAST(DATEADD(HOUR, 1, CAST(%s AS TIMESTAMP)) AS TIMESTAMP WITH TIME ZONE)",
                            "DATEADD(DAY, %2$s, %1$s)");
        }
    }

    private CaseFiller() {
    }

    static void fill(DataSource store, int count, LocalDate today) throws Exception {
        try (Connection c = store.getConnection(); Statement s = c.createStatement()) {
            Dialect d = Dialect.of(c);
            String open = "MOD(x, 50) = 0";
            String start = String.format(d.minusDays(), "DATE '" + today + "'",
                    "CASE WHEN " + open + " THEN MOD(x, 30) ELSE 30 + MOD(x * 7, 700) END");
            String received = String.format(d.timestamp(), start);
            String onTime = "MOD(x, 25) <> 0";
            for (int from = 1; from <= count; from += CHUNK) {
                int to = Math.min(count, from + CHUNK - 1);
                s.executeUpdate("INSERT INTO cases (receipt, item_code, inner_item_code, department, window_no, "
                        + "region_code, case_type, state, applicant_name, applicant_id, applicant_mobile, form_json, "
                        + "source, submitted_at, received_at, clock_start, deadline, warn_on, verified, "
                        + "unverified_approval, handled_by, completed_at, on_time, rating) SELECT "
                        + "CONCAT('BENCH', CAST(x AS VARCHAR(12))), "
                        + "CASE MOD(x, 4) WHEN 0 THEN 'GA003' WHEN 1 THEN 'GA010' WHEN 2 THEN 'BDC001' ELSE 'BDC002' END, "
                        + "CASE MOD(x, 4) WHEN 0 THEN 'QXSP-0101-003' WHEN 1 THEN 'QXSP-0101-010' WHEN 2 THEN 'QXSP-0112-001' "
                        + "ELSE 'QXSP-0112-002' END, "
                        + "CASE WHEN MOD(x, 4) < 2 THEN 'GA' ELSE 'BDC' END, "
                        + "CASE MOD(x, 4) WHEN 0 THEN 'A03' WHEN 1 THEN 'A01' WHEN 2 THEN 'E01' ELSE 'E02' END, "
                        + "'330199000000', 'PROMISED', CASE WHEN " + open + " THEN 'REVIEW' ELSE 'DELIVERED' END, "
                        + "'张三', '330199199001010011', '13800138000', '{}', 'bench', "
                        + received + ", " + received + ", " + start + ", "
                        + String.format(d.plusDays(), start, "28") + ", " + String.format(d.plusDays(), start, "22") + ", "
                        + "MOD(x, 1000) <> 7, MOD(x, 1000) = 7, "
                        + "CASE MOD(x, 4) WHEN 0 THEN 'QX0005' WHEN 1 THEN 'QX0001' WHEN 2 THEN 'QX0057' ELSE 'QX0059' END, "
                        + "CASE WHEN " + open + " THEN NULL ELSE "
                        + String.format(d.tsPlusDays(), received, "CASE WHEN " + onTime + " THEN 10 ELSE 40 END") + " END, "
                        + "CASE WHEN " + open + " THEN NULL ELSE " + onTime + " END, "
                        + "CASE WHEN " + open + " THEN NULL ELSE 3 + MOD(x, 3) END "
                        + "FROM " + String.format(d.range(), from, to));
            }
            rebuildStats(s);
        }
    }

    private static void rebuildStats(Statement s) throws Exception {
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
