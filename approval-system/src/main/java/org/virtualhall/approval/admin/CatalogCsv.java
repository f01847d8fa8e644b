package org.virtualhall.approval.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.virtualhall.model.catalog.Attendance;
import org.virtualhall.model.catalog.Department;
import org.virtualhall.model.catalog.Post;
import org.virtualhall.model.catalog.Staff;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.catalog.WindowKind;
import org.virtualhall.model.layout.Facing;
import org.virtualhall.model.layout.Point;

/** The columns of the departments, windows and staff tables in CSV, with a Chinese header row. */
enum CatalogCsv {
    DEPARTMENTS(List.of("部门代码", "全称", "简称", "电话", "常驻/预约", "职责")),
    WINDOWS(List.of("窗口号", "部门代码", "楼层", "分区", "X（米）", "Y（米）", "朝向", "类型", "常驻/预约", "标牌")),
    STAFF(List.of("工号", "姓名", "部门代码", "窗口号", "AB岗", "岗位", "职务", "职责（换行分隔）", "在岗"));

    /** A row that cannot be read; the message names its line and column. */
    static final class RowException extends RuntimeException {
        RowException(int line, String column, String reason) {
            super("第 " + line + " 行「" + column + "」：" + reason);
        }
    }

    private final List<String> header;

    CatalogCsv(List<String> header) {
        this.header = header;
    }

    static List<String> department(Department d) {
        return List.of(d.code(), d.name(), d.shortName(), d.phone(), d.attendance().name(), d.description());
    }

    static List<String> window(Window w) {
        return List.of(w.number(), w.department(), String.valueOf(w.floor()), w.zone(), String.valueOf(w.position().x()),
                String.valueOf(w.position().y()), w.facing().name(), w.kind().name(), w.attendance().name(), w.sign());
    }

    static List<String> staff(Staff s) {
        return List.of(s.badge(), s.name(), s.department(), s.window(), s.post().name(), s.role(), s.title(),
                String.join("\n", s.duties()), s.onDuty() ? "是" : "否");
    }

    <T> String write(List<T> values, Function<T, List<String>> row) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        values.forEach(v -> rows.add(row.apply(v)));
        // The byte order mark makes Excel read the file as UTF-8.
        return "\uFEFF" + Csv.write(rows);
    }

    /** The data rows of an uploaded file, after checking its header and column count. */
    List<Row> rows(String text) {
        List<List<String>> all = Csv.read(text);
        if (all.isEmpty() || !all.get(0).equals(header)) {
            throw new RowException(1, "表头", "应为 " + String.join(",", header));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).size() != header.size()) {
                throw new RowException(i + 1, "列数", "应有 " + header.size() + " 列，实有 " + all.get(i).size() + " 列");
            }
            rows.add(new Row(i + 1, header, all.get(i)));
        }
        return rows;
    }

    /** One data row, read by column with the line number in every error. */
    record Row(int line, List<String> header, List<String> cells) {

        String text(int column) {
            return cells.get(column).strip();
        }

        <E extends Enum<E>> E choice(int column, Class<E> type) {
            try {
                return Enum.valueOf(type, text(column));
            } catch (IllegalArgumentException e) {
                throw new RowException(line, header.get(column), "「" + text(column) + "」不是可选值");
            }
        }

        double number(int column) {
            try {
                return Double.parseDouble(text(column));
            } catch (NumberFormatException e) {
                throw new RowException(line, header.get(column), "「" + text(column) + "」不是数字");
            }
        }

        Department department() {
            return new Department(text(0), text(1), text(2), text(3), choice(4, Attendance.class), text(5));
        }

        Window window() {
            return new Window(text(0), text(1), (int) number(2), text(3), new Point(number(4), number(5)),
                    choice(6, Facing.class), choice(7, WindowKind.class), choice(8, Attendance.class), text(9));
        }

        Staff staff() {
            return new Staff(text(0), text(1), text(2), text(3), choice(4, Post.class), text(5), text(6),
                    Lines.of(cells.get(7)), null, "是".equals(text(8)));
        }
    }
}
