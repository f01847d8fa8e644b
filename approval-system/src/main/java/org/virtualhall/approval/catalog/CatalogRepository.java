package org.virtualhall.approval.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.virtualhall.model.catalog.Attendance;
import org.virtualhall.model.catalog.Department;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Post;
import org.virtualhall.model.catalog.Staff;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.catalog.WindowKind;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.layout.Facing;
import org.virtualhall.model.layout.Point;

/** Departments, windows, staff and items as the back office keeps them. */
@Repository
public class CatalogRepository {

    private static final String DUTY_SEPARATOR = "\n";

    private final JdbcClient jdbc;

    CatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM departments").query(Long.class).single() == 0;
    }

    public List<Department> departments() {
        return jdbc.sql("SELECT * FROM departments ORDER BY code").query(CatalogRepository::departmentRow).list();
    }

    public List<Window> windows() {
        return jdbc.sql("SELECT * FROM windows ORDER BY number").query(CatalogRepository::windowRow).list();
    }

    public List<Staff> staff() {
        return jdbc.sql("SELECT * FROM staff ORDER BY badge").query(CatalogRepository::staffRow).list();
    }

    public List<Item> items() {
        return jdbc.sql("SELECT body FROM items ORDER BY code").query((rs, n) -> parseItem(rs.getString(1))).list();
    }

    /** Items whose code or name contains the words, for the console's item search. */
    public List<Item> searchItems(String q, int limit) {
        String like = "%" + q + "%";
        return jdbc.sql("SELECT body FROM items WHERE code = ? OR name LIKE ? ORDER BY code FETCH FIRST " + limit + " ROWS ONLY")
                .params(q.toUpperCase(), like).query((rs, n) -> parseItem(rs.getString(1))).list();
    }

    public Optional<Item> item(String code) {
        return jdbc.sql("SELECT body FROM items WHERE code = ?").param(code)
                .query((rs, n) -> parseItem(rs.getString(1))).optional();
    }

    public void save(Department d) {
        int updated = jdbc.sql("UPDATE departments SET name = ?, short_name = ?, phone = ?, attendance = ?, "
                        + "description = ?, version = version + 1 WHERE code = ?")
                .params(d.name(), d.shortName(), d.phone(), d.attendance().name(), d.description(), d.code()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO departments (name, short_name, phone, attendance, description, code) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(d.name(), d.shortName(), d.phone(), d.attendance().name(), d.description(), d.code()).update();
        }
    }

    public void save(Window w) {
        Object[] values = {w.department(), w.floor(), w.zone(), w.position().x(), w.position().y(), w.facing().name(),
                w.kind().name(), w.attendance().name(), w.sign(), w.number()};
        int updated = jdbc.sql("UPDATE windows SET department = ?, floor = ?, zone = ?, x = ?, y = ?, facing = ?, kind = ?, "
                + "attendance = ?, sign = ?, version = version + 1 WHERE number = ?").params(values).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO windows (department, floor, zone, x, y, facing, kind, attendance, sign, number) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").params(values).update();
        }
    }

    public void save(Staff s) {
        Object[] values = {s.name(), s.department(), s.window(), s.post().name(), s.role(), s.title(),
                String.join(DUTY_SEPARATOR, s.duties()), s.photo(), s.onDuty(), s.badge()};
        int updated = jdbc.sql("UPDATE staff SET name = ?, department = ?, window_no = ?, post = ?, role = ?, title = ?, "
                + "duties = ?, photo = ?, on_duty = ?, version = version + 1 WHERE badge = ?").params(values).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO staff (name, department, window_no, post, role, title, duties, photo, on_duty, badge) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").params(values).update();
        }
    }

    public void save(Item item) {
        Object[] values = {item.name(), item.department(), item.caseType().name(), json(item), item.code()};
        int updated = jdbc.sql("UPDATE items SET name = ?, department = ?, case_type = ?, body = ?, version = version + 1 "
                + "WHERE code = ?").params(values).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO items (name, department, case_type, body, code) VALUES (?, ?, ?, ?, ?)")
                    .params(values).update();
        }
    }

    /** Deletes a row of {@code table} by its key; the foreign keys refuse what is still referenced. */
    public boolean delete(CatalogTable table, String key) {
        return jdbc.sql("DELETE FROM " + table.table() + " WHERE " + table.key() + " = ?").param(key).update() > 0;
    }

    public Optional<String> meta(String name) {
        return jdbc.sql("SELECT body FROM hall_meta WHERE name = ?").param(name).query(String.class).optional();
    }

    public void saveMeta(String name, String body) {
        if (jdbc.sql("UPDATE hall_meta SET body = ? WHERE name = ?").params(body, name).update() == 0) {
            jdbc.sql("INSERT INTO hall_meta (body, name) VALUES (?, ?)").params(body, name).update();
        }
    }

    /** The count of changes so far (any instance's). */
    long revision() {
        return jdbc.sql("SELECT revision FROM catalog_revision WHERE id = 1").query(Long.class).single();
    }

    void countChange() {
        jdbc.sql("UPDATE catalog_revision SET revision = revision + 1 WHERE id = 1").update();
    }

    private static Department departmentRow(ResultSet rs, int n) throws SQLException {
        return new Department(rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                rs.getString("phone"), Attendance.valueOf(rs.getString("attendance")), rs.getString("description"));
    }

    private static Window windowRow(ResultSet rs, int n) throws SQLException {
        return new Window(rs.getString("number"), rs.getString("department"), rs.getInt("floor"), rs.getString("zone"),
                new Point(rs.getDouble("x"), rs.getDouble("y")), Facing.valueOf(rs.getString("facing")),
                WindowKind.valueOf(rs.getString("kind")), Attendance.valueOf(rs.getString("attendance")),
                rs.getString("sign"));
    }

    private static Staff staffRow(ResultSet rs, int n) throws SQLException {
        String duties = rs.getString("duties");
        return new Staff(rs.getString("badge"), rs.getString("name"), rs.getString("department"),
                rs.getString("window_no"), Post.valueOf(rs.getString("post")), rs.getString("role"),
                rs.getString("title"), duties.isEmpty() ? List.of() : Arrays.asList(duties.split(DUTY_SEPARATOR)),
                rs.getString("photo"), rs.getBoolean("on_duty"));
    }

    private static Item parseItem(String body) {
        try {
            return HallJson.wire().readValue(body, Item.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an item in the store is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String json(Object value) {
        try {
            return HallJson.wire().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
