package org.virtualhall.search.index;

import java.util.ArrayList;
import java.util.List;

/**
 * What the hall indexes for one item, window or member of staff.
 *
 * @param type     item, window or staff
 * @param id       item code, window number or badge number
 * @param aliases  the everyday names of an item (俗称 from the catalog, and the colloquial words of the synonym list
 *                 that name it), weighted just below the name and also found by their pinyin and initials
 * @param keywords short words that identify it (category, department, window sign), weighted above body
 * @param body     everything else worth finding it by: materials, procedure, conditions, duties
 */
public record SearchDocument(String type, String id, String name, List<String> aliases, String department,
                             String departmentName, List<String> windows, Integer floor, String keywords, String body) {

    public SearchDocument {
        aliases = List.copyOf(aliases);
        windows = List.copyOf(windows);
    }

    /** The same document with more everyday names after its own. */
    public SearchDocument withMoreAliases(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(aliases);
        more.stream().filter(alias -> !all.contains(alias)).forEach(all::add);
        return new SearchDocument(type, id, name, all, department, departmentName, windows, floor, keywords, body);
    }
}
