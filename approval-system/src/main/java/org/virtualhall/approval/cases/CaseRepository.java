package org.virtualhall.approval.cases;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.virtualhall.model.catalog.CaseType;
import org.virtualhall.model.submission.SubmissionStatus;

/** Cases, their materials and their events. */
@Repository
public class CaseRepository {

    private static final String COLUMNS = "receipt, item_code, inner_item_code, department, window_no, region_code, "
            + "case_type, state, applicant_name, applicant_id, applicant_mobile, form_json, source, submitted_at, "
            + "received_at, clock_start, deadline, warn_on";

    private static final String INSERT = "INSERT INTO cases (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A material of a case about to be stored. */
    public record NewMaterial(long caseId, String name, String contentType, long size, String sha256, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final ApplicationEventPublisher events;

    CaseRepository(JdbcClient jdbc, JdbcTemplate batches, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.events = events;
    }

    /**
     * Inserts new cases in one JDBC batch (one round trip) and returns their ids in the same order;
     * a taken receipt raises DuplicateKeyException.
     */
    public long[] insertAll(List<CaseRecord> drafts) {
        KeyHolder keys = new GeneratedKeyHolder();
        batches.batchUpdate(con -> con.prepareStatement(INSERT, new String[] {"id"}), new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                CaseRecord c = drafts.get(i);
                new ArgumentPreparedStatementSetter(new Object[] {c.receipt(), c.itemCode(), c.innerItemCode(),
                        c.department(), c.windowNo(), c.regionCode(), c.caseType().name(), c.state().name(),
                        c.applicant().name(), c.applicant().idNumber(), c.applicant().mobile(), c.formJson(),
                        c.source(), utc(c.submittedAt()), utc(c.receivedAt()), c.limit().clockStart(),
                        c.limit().deadline(), c.limit().warnOn()}).setValues(ps);
            }

            @Override
            public int getBatchSize() {
                return drafts.size();
            }
        }, keys);
        long[] ids = keys.getKeyList().stream().mapToLong(k -> ((Number) k.values().iterator().next()).longValue()).toArray();
        events.publishEvent(new CasesChanged(Arrays.stream(ids).boxed().toList()));
        return ids;
    }

    /**
     * Writes a changed case when nobody else changed it since it was read; otherwise throws
     * {@link OptimisticLockingFailureException} so the change is never silently lost.
     */
    public CaseRecord update(CaseRecord c) {
        int updated = jdbc.sql("UPDATE cases SET case_type = ?, state = ?, deadline = ?, warn_on = ?, paused_since = ?, "
                        + "extension_days = ?, verified = ?, unverified_approval = ?, handled_by = ?, completed_at = ?, "
                        + "on_time = ?, rating = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(c.caseType().name(), c.state().name(), c.limit().deadline(), c.limit().warnOn(),
                        c.limit().pausedSince(), c.limit().extensionDays(), c.verified(), c.unverifiedApproval(),
                        c.handledBy(), utc(c.completedAt()), c.onTime(), c.rating(), c.id(), c.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("办件 " + c.receipt() + " 已被他人修改，请刷新后重试");
        }
        events.publishEvent(new CasesChanged(List.of(c.id())));
        return find(c.id()).orElseThrow();
    }

    public Optional<CaseRecord> find(long id) {
        return jdbc.sql("SELECT * FROM cases WHERE id = ?").param(id).query(CaseRepository::map).optional();
    }

    /** The cases of these ids that exist, in no particular order. */
    public List<CaseRecord> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM cases WHERE id IN (:ids)").param("ids", ids).query(CaseRepository::map).list();
    }

    /** Up to {@code limit} cases with an id above {@code afterId}, by id: all cases page by page. */
    public List<CaseRecord> after(long afterId, int limit) {
        return jdbc.sql("SELECT * FROM cases WHERE id > ? ORDER BY id FETCH FIRST " + limit + " ROWS ONLY").param(afterId)
                .query(CaseRepository::map).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM cases").query(Long.class).single();
    }

    public Optional<CaseRecord> findByReceipt(String receipt) {
        return jdbc.sql("SELECT * FROM cases WHERE receipt = ?").param(receipt).query(CaseRepository::map).optional();
    }

    /** The cases that some of {@code receipts} already name, in one query. */
    public List<CaseRecord> findByReceipts(Collection<String> receipts) {
        if (receipts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM cases WHERE receipt IN (:receipts)").param("receipts", receipts)
                .query(CaseRepository::map).list();
    }

    /** Cases not yet finished, soonest deadline first. */
    public List<CaseRecord> open(CaseFilter filter, String value, int limit) {
        String sql = "SELECT * FROM cases WHERE state NOT IN ('REFUSED', 'DELIVERED') AND " + filter.condition()
                + " ORDER BY deadline, id FETCH FIRST " + limit + " ROWS ONLY";
        JdbcClient.StatementSpec spec = jdbc.sql(sql);
        for (int i = 0; i < filter.parameters(); i++) {
            spec = spec.param(value);
        }
        return spec.query(CaseRepository::map).list();
    }

    /** Cases by receipt, item code or applicant name (prefix), newest first. */
    public List<CaseRecord> search(String q, int limit) {
        return jdbc.sql("SELECT * FROM cases WHERE receipt = ? OR item_code = ? OR applicant_name LIKE ? "
                        + "ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .params(q, q.toUpperCase(), q + "%").query(CaseRepository::map).list();
    }

    public void addMaterial(long caseId, String name, String contentType, long size, String sha256, byte[] content) {
        addMaterials(List.of(new NewMaterial(caseId, name, contentType, size, sha256, content)));
    }

    /** Stores materials of any number of cases in one JDBC batch. */
    public void addMaterials(List<NewMaterial> materials) {
        batches.batchUpdate("INSERT INTO case_materials (case_id, name, content_type, size_bytes, sha256, content) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                materials.stream().map(m -> new Object[] {m.caseId(), m.name(), m.contentType(), m.size(), m.sha256(),
                        m.content()}).toList());
    }

    public List<CaseMaterial> materials(long caseId) {
        return jdbc.sql("SELECT id, name, content_type, size_bytes, sha256 FROM case_materials WHERE case_id = ? ORDER BY id")
                .param(caseId)
                .query((rs, n) -> new CaseMaterial(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5)))
                .list();
    }

    /** Stores events of any number of cases in one JDBC batch. */
    public void addEvents(List<CaseEventRecord> events) {
        batches.batchUpdate("INSERT INTO case_events (id, case_id, at, step, state, status, note, actor) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                events.stream().map(e -> new Object[] {e.id(), e.caseId(), utc(e.at()), e.step(), e.state().name(),
                        e.status().name(), e.note(), e.actor()}).toList());
    }

    public List<CaseEventRecord> events(long caseId) {
        return jdbc.sql("SELECT * FROM case_events WHERE case_id = ? ORDER BY at, id").param(caseId)
                .query((rs, n) -> new CaseEventRecord(rs.getString("id"), rs.getLong("case_id"), instant(rs, "at"),
                        rs.getString("step"), CaseState.valueOf(rs.getString("state")),
                        SubmissionStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getString("actor")))
                .list();
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static CaseRecord map(ResultSet rs, int n) throws SQLException {
        CaseRecord.TimeLimit limit = new CaseRecord.TimeLimit(date(rs, "clock_start"), date(rs, "deadline"),
                date(rs, "warn_on"), date(rs, "paused_since"), rs.getInt("extension_days"));
        return new CaseRecord(rs.getLong("id"), rs.getString("receipt"), rs.getString("item_code"),
                rs.getString("inner_item_code"), rs.getString("department"), rs.getString("window_no"),
                rs.getString("region_code"), CaseType.valueOf(rs.getString("case_type")),
                CaseState.valueOf(rs.getString("state")),
                new CaseRecord.Applicant(rs.getString("applicant_name"), rs.getString("applicant_id"),
                        rs.getString("applicant_mobile")),
                rs.getString("form_json"), rs.getString("source"), instant(rs, "submitted_at"),
                instant(rs, "received_at"), limit, rs.getBoolean("verified"), rs.getBoolean("unverified_approval"),
                rs.getString("handled_by"), instant(rs, "completed_at"), (Boolean) rs.getObject("on_time"),
                (Integer) rs.getObject("rating"), rs.getInt("version"));
    }
}
