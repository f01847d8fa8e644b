package org.virtualhall.approval.admin;

import java.util.ArrayList;
import java.util.List;
import org.virtualhall.model.catalog.FieldType;
import org.virtualhall.model.catalog.FormField;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.catalog.MaterialForm;
import org.virtualhall.model.catalog.MaterialRole;

/**
 * The one-line forms of materials and form fields in the item form:
 * material {@code 名称|MAIN|ORIGINAL|份数|必交|备注}; field {@code key|标签|TYPE|必填|选项、选项|最大长度}.
 */
final class ItemLines {

    /** A line that cannot be read; {@code field} is the form box it came from. */
    static final class LineException extends RuntimeException {
        private final String field;

        LineException(String field, int line, String reason) {
            super("第 " + line + " 行：" + reason);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    private ItemLines() {
    }

    static String material(Material m) {
        return String.join("|", m.name(), m.role().name(), m.form().name(), String.valueOf(m.copies()),
                m.required() ? "必交" : "选交", m.note() == null ? "" : m.note());
    }

    static String field(FormField f) {
        return String.join("|", f.key(), f.label(), f.type().name(), f.required() ? "必填" : "选填",
                String.join("、", f.options()), String.valueOf(f.maxLength()));
    }

    static List<Material> materials(String text) {
        List<Material> list = new ArrayList<>();
        List<String> lines = Lines.of(text);
        for (int i = 0; i < lines.size(); i++) {
            String[] p = parts(lines.get(i), 6, "materials", i + 1);
            list.add(new Material(p[0], parse(MaterialRole.class, p[1], "materials", i + 1),
                    parse(MaterialForm.class, p[2], "materials", i + 1), number(p[3], "materials", i + 1),
                    "必交".equals(p[4]), p[5]));
        }
        return list;
    }

    static List<FormField> fields(String text) {
        List<FormField> list = new ArrayList<>();
        List<String> lines = Lines.of(text);
        for (int i = 0; i < lines.size(); i++) {
            String[] p = parts(lines.get(i), 6, "form", i + 1);
            list.add(new FormField(p[0], p[1], parse(FieldType.class, p[2], "form", i + 1), "必填".equals(p[3]),
                    Lines.ofList(p[4]), number(p[5], "form", i + 1)));
        }
        return list;
    }

    private static String[] parts(String line, int count, String field, int n) {
        String[] p = line.split("\\|", -1);
        if (p.length != count) {
            throw new LineException(field, n, "应有 " + count + " 段（用 | 分隔），实有 " + p.length + " 段");
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = p[i].strip();
        }
        return p;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, int n) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new LineException(field, n, "「" + value + "」不是 " + type.getSimpleName() + " 的取值");
        }
    }

    private static int number(String value, String field, int n) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new LineException(field, n, "「" + value + "」不是整数");
        }
    }
}
