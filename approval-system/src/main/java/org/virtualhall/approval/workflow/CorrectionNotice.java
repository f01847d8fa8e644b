package org.virtualhall.approval.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;

/**
 * 一次性告知: the whole list of what the applicant must bring, from the item's published materials, so
 * nobody comes back twice for the same gap.
 */
final class CorrectionNotice {

    private CorrectionNotice() {
    }

    /**
     * Required materials not handed in (a file answers a material by its name, whatever its extension), then
     * the ones staff ticked; empty when nothing is missing.
     */
    static List<Material> missing(Item item, Collection<String> provided, Collection<String> redo) {
        List<Material> missing = new ArrayList<>();
        for (Material m : item.materials()) {
            boolean absent = m.required() && !MaterialNames.anyAnswers(provided, m.name());
            if (absent || redo.contains(m.name())) {
                missing.add(m);
            }
        }
        return missing;
    }

    /** The item's materials a correction note asked for: each is listed as "N. 名称（…". */
    static List<Material> requested(Item item, String note) {
        return item.materials().stream().filter(m -> note.matches("(?s).*\\d+\\. " + Pattern.quote(m.name()) + "（.*"))
                .toList();
    }

    static String text(List<Material> missing, String remark) {
        StringBuilder text = new StringBuilder("请一次性补齐以下材料：");
        for (int i = 0; i < missing.size(); i++) {
            Material m = missing.get(i);
            text.append(i + 1).append(". ").append(m.name()).append("（").append(m.role().label()).append("，")
                    .append(m.form().label()).append(m.copies()).append("份");
            if (m.note() != null && !m.note().isBlank()) {
                text.append("：").append(m.note());
            }
            text.append("）；");
        }
        if (!remark.isBlank()) {
            text.append("说明：").append(remark);
        }
        return text.toString();
    }
}
