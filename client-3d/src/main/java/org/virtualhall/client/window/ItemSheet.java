package org.virtualhall.client.window;

import com.simsilica.lemur.Checkbox;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.Panel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtualhall.client.ui.UiStyle;
import org.virtualhall.model.catalog.Faq;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.hall.Hall;

/**
 * Every published field of an item, one row each, for a {@link org.virtualhall.client.ui.PagedList}: 一次性告知 materials
 * as a checklist, conditions, procedure, limits, fee and its basis, the department, the phone, FAQ.
 */
final class ItemSheet {

    /** A line's width in design pixels before it wraps. */
    private static final float WIDTH = 640;

    private final List<Panel> rows = new ArrayList<>();
    private final Map<String, String> fields = new LinkedHashMap<>();

    private ItemSheet() {
    }

    static ItemSheet of(Item item, Hall hall) {
        ItemSheet sheet = new ItemSheet();
        sheet.field("办理地点", hall.placeOf(item));
        sheet.field("事项编码", item.code() + (item.unifiedCode() == null ? "" : " · 统一编码 " + item.unifiedCode()));
        sheet.field("办件类型", item.caseType() == null ? "" : item.caseType().label());
        sheet.field("责任部门", departmentName(hall, item.department())
                + (item.responsible() == null || item.responsible().isBlank() ? "" : " · 责任人 " + item.responsible()));
        if (!item.assistingDepartments().isEmpty()) {
            sheet.field("联办部门", String.join("、", item.assistingDepartments().stream().map(d -> departmentName(hall, d)).toList()));
        }
        sheet.field("窗口权限", item.authority());
        sheet.field("申办条件", String.join("；", item.conditions()));
        sheet.field("一次性告知 · 申请材料（请逐项核对）", item.materials().size() + " 项");
        for (Material m : item.materials()) {
            Checkbox box = new Checkbox(materialText(m), UiStyle.STYLE);
            box.setFontSize(16f);
            sheet.rows.add(box);
        }
        sheet.field("办事程序", String.join(" → ", item.procedure()));
        sheet.field("办理时限", "法定 " + item.statutoryDays() + " 个工作日，承诺 "
                + (item.promisedDays() == 0 ? "即办" : item.promisedDays() + " 个工作日"));
        sheet.field("跑动次数", item.visits() + " 次" + (item.online() ? " · 可网上办理" : ""));
        sheet.field("收费标准与依据", item.fee() + (item.feeBasis() == null || item.feeBasis().isBlank() ? "" : "（依据：" + item.feeBasis() + "）"));
        sheet.field("设立依据", String.join("；", item.legalBasis()));
        sheet.field("咨询电话", item.phone());
        for (Faq f : item.faq()) {
            sheet.field("常见问题", "问：" + f.question() + " 答：" + f.answer());
        }
        return sheet;
    }

    private static String departmentName(Hall hall, String code) {
        return hall.department(code).map(d -> d.name()).orElse(code == null ? "" : code);
    }

    static String materialText(Material m) {
        String form = switch (m.form()) {
            case ORIGINAL -> "原件";
            case COPY -> "复印件";
            case ORIGINAL_AND_COPY -> "原件及复印件";
            case ELECTRONIC -> "电子件";
        };
        return m.name() + "（" + form + m.copies() + "份" + (m.required() ? "" : "，视情况提供") + "）";
    }

    /** A field as a line {@code 名称：内容}; a field the item does not publish is left out. */
    private void field(String title, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        fields.merge(title, text, (a, b) -> a + " " + b);
        Label label = new Label(title + "：" + text, UiStyle.STYLE);
        label.setFontSize(16f);
        label.setMaxWidth(WIDTH);
        rows.add(label);
    }

    List<Panel> rows() {
        return rows;
    }

    /** The fields shown, by title. */
    Map<String, String> fields() {
        return fields;
    }
}
