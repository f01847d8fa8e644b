package org.virtualhall.gateway.support;

import java.util.ArrayList;
import java.util.List;
import org.virtualhall.model.catalog.CaseType;
import org.virtualhall.model.catalog.FieldType;
import org.virtualhall.model.catalog.FormField;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.catalog.MaterialForm;
import org.virtualhall.model.catalog.MaterialRole;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;

/** The shipped hall plus one test item whose form has a field of every type, so tests do not depend on catalog content. */
public final class TestHall {

    public static final String ITEM = "ZW901";
    public static final String OFFLINE_ITEM = "ZW902";

    private TestHall() {
    }

    public static Hall withTestItems() {
        Hall shipped = HallLoader.fromClasspath();
        List<Item> items = new ArrayList<>(shipped.items());
        items.add(item(ITEM, "000199901000", "居住证明开具（测试）", true));
        items.add(item(OFFLINE_ITEM, "000199902000", "现场核验事项（测试）", false));
        return HallLoader.check(new Hall(shipped.info(), shipped.version() + "-test", shipped.layout(),
                shipped.departments(), shipped.windows(), shipped.staff(), items, shipped.viewpoints()));
    }

    private static Item item(String code, String unified, String name, boolean online) {
        List<FormField> form = List.of(
                new FormField("reason", "申请原因", FieldType.SELECT, true, List.of("居住", "就业", "就学"), 0),
                new FormField("address", "居住地址", FieldType.ADDRESS, true, List.of(), 100),
                new FormField("startDate", "起始日期", FieldType.DATE, false, List.of(), 0),
                new FormField("guardianId", "监护人身份证号码", FieldType.ID_NUMBER, false, List.of(), 0),
                new FormField("persons", "同住人数", FieldType.NUMBER, false, List.of(), 0),
                new FormField("contact", "联系电话", FieldType.MOBILE, false, List.of(), 0),
                new FormField("company", "单位统一社会信用代码", FieldType.CREDIT_CODE, false, List.of(), 0),
                new FormField("remark", "备注", FieldType.TEXTAREA, false, List.of(), 500),
                new FormField("title", "标题", FieldType.TEXT, false, List.of(), 0));
        return new Item(code, unified, name, List.of("开" + name.substring(0, 4), name.substring(0, 2) + "的事"), "ZW", List.of(),
                "综合服务", CaseType.PROMISED,
                List.of("《浙江省居住证管理办法》"), List.of("在本县居住的公民"),
                List.of(new Material("居住证明申请表", MaterialRole.MAIN, MaterialForm.ELECTRONIC, 1, true, "本人签名")),
                List.of("申请", "受理", "审核", "办结"), 10, 5, "不收费", "无", List.of("D02"), "受理", "0571-64012345",
                "综合受理科 张明", online, 0, false, List.of(), form);
    }
}
