package org.virtualhall.search.bench;

import java.util.ArrayList;
import java.util.List;
import org.virtualhall.search.index.SearchDocument;

/**
 * A province-sized catalog from the county's: every item again as handled by each town's
 * service centre (便民服务中心), until there are {@code count} documents.
 */
final class Variations {

    private static final String[] TOWNS = {"青溪镇", "白沙镇", "临江镇", "枫林乡", "石门镇", "桃源乡", "龙泉街道",
        "城东街道", "城西街道", "南山镇", "北岭乡", "清水镇", "金竹乡", "云溪镇", "梅岭镇", "松口镇", "大洋乡", "新塘镇"};

    private Variations() {
    }

    static List<SearchDocument> of(List<SearchDocument> base, int count) {
        List<SearchDocument> all = new ArrayList<>(base);
        for (int round = 0; all.size() < count; round++) {
            String place = TOWNS[round % TOWNS.length] + "便民服务中心" + (round / TOWNS.length + 1) + "号窗口";
            for (SearchDocument doc : base) {
                if (all.size() >= count) {
                    break;
                }
                all.add(new SearchDocument(doc.type(), doc.id() + "-" + round, doc.name() + "（" + place + "）",
                        doc.aliases(), doc.colloquial(), doc.department(), doc.departmentName(), doc.windows(), doc.floor(),
                        doc.keywords(), doc.body()));
            }
        }
        return all;
    }
}
