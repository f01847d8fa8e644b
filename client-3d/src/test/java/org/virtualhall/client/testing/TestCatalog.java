package org.virtualhall.client.testing;

import java.util.ArrayList;
import java.util.List;
import org.virtualhall.model.catalog.CaseType;
import org.virtualhall.model.catalog.Faq;
import org.virtualhall.model.catalog.FieldType;
import org.virtualhall.model.catalog.FormField;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.catalog.MaterialForm;
import org.virtualhall.model.catalog.MaterialRole;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;
import org.virtualhall.model.hall.PublishedHall;

/**
 * The shipped hall plus two items the tests rely on (the catalog in assets is written in parallel): one
 * window item with a form, and one that needs windows on two floors. Published through the checks, as the
 * back office would.
 */
public final class TestCatalog {

    public static final String ID_CARD_REISSUE = "GA903";
    public static final String SETTLE_BY_PROPERTY = "GA904";

    private TestCatalog() {
    }

    public static Item idCardReissue() {
        return new Item(ID_CARD_REISSUE, "000101903000", "居民身份证补领（测试）", List.of(), "GA", List.of(), "户籍证件",
                CaseType.PROMISED, List.of("《中华人民共和国居民身份证法》第十一条"), List.of("居民身份证丢失的本县户籍居民"),
                List.of(new Material("户口簿", MaterialRole.MAIN, MaterialForm.ORIGINAL, 1, true, "本人户口簿"),
                        new Material("近期免冠照片", MaterialRole.SUPPORTING, MaterialForm.ORIGINAL, 1, false, "现场可拍照")),
                List.of("申请", "受理", "审核", "制证", "领证"), 60, 20, "工本费20元", "发改价格〔2003〕2322号",
                List.of("A03"), "受理、审核、发证", "0571-64010110", "户政科 王建平", true, 1, false,
                List.of(new Faq("补领期间需要出行怎么办？", "可申领临时居民身份证。")),
                List.of(new FormField("reason", "补领原因", FieldType.SELECT, true, List.of("丢失", "被盗"), 0),
                        new FormField("address", "户籍地址", FieldType.ADDRESS, true, List.of(), 100)));
    }

    public static Item settleByProperty() {
        return new Item(SETTLE_BY_PROPERTY, "000101904000", "购房落户（测试）", List.of(), "GA", List.of(), "户籍证件",
                CaseType.PROMISED, List.of("《中华人民共和国户口登记条例》第十条"), List.of("在本县购买住房的居民"),
                List.of(new Material("不动产权证书", MaterialRole.MAIN, MaterialForm.ORIGINAL_AND_COPY, 1, true, "")),
                List.of("查验产权", "申请", "受理", "审核", "办结"), 20, 10, "不收费", "",
                List.of("E01", "A01"), "受理", "0571-64010110", "户政科 王建平", true, 1, true, List.of(),
                List.of(new FormField("mobile", "联系电话", FieldType.MOBILE, true, List.of(), 0)));
    }

    public static Hall hall() {
        Hall shipped = HallLoader.fromClasspath();
        List<Item> items = new ArrayList<>(shipped.items());
        items.add(idCardReissue());
        items.add(settleByProperty());
        return HallLoader.check(new Hall(shipped.info(), shipped.version() + "-test", shipped.layout(),
                shipped.departments(), shipped.windows(), shipped.staff(), items, shipped.viewpoints()));
    }

    public static PublishedHall published() {
        return PublishedHall.of(hall());
    }
}
