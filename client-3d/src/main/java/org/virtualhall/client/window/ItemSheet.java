package org.virtualhall.client.window;

import com.simsilica.lemur.Checkbox;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import java.util.stream.Collectors;
import org.virtualhall.client.ui.UiStyle;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;

/** An item's published fields as a panel: 一次性告知 materials as a checklist, procedure, limits, fee, basis, FAQ. */
final class ItemSheet {

    private static final float WIDTH = 640;

    private ItemSheet() {
    }

    static Container of(Item item, String place) {
        Container sheet = new Container(UiStyle.STYLE);
        sheet.addChild(new Label(item.name() + "（" + item.code() + "）", UiStyle.TITLE, UiStyle.STYLE)).setFontSize(22f);
        line(sheet, "办理地点：" + place);
        line(sheet, "一次性告知 · 申请材料（请逐项核对）：");
        for (Material m : item.materials()) {
            Checkbox box = sheet.addChild(new Checkbox(materialText(m), UiStyle.STYLE));
            box.setFontSize(16f);
        }
        line(sheet, "办事程序：" + String.join(" → ", item.procedure()));
        line(sheet, "办理时限：法定 " + item.statutoryDays() + " 个工作日，承诺 "
                + (item.promisedDays() == 0 ? "即办" : item.promisedDays() + " 个工作日") + " · 跑动次数 " + item.visits());
        line(sheet, "收费标准：" + item.fee());
        line(sheet, "设立依据：" + String.join("；", item.legalBasis()));
        if (!item.faq().isEmpty()) {
            line(sheet, "常见问题：" + item.faq().stream().map(f -> "问：" + f.question() + " 答：" + f.answer())
                    .collect(Collectors.joining("  ")));
        }
        return sheet;
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

    private static void line(Container sheet, String text) {
        Label label = sheet.addChild(new Label(text, UiStyle.STYLE));
        label.setFontSize(16f);
        label.setMaxWidth(WIDTH);
    }

}
