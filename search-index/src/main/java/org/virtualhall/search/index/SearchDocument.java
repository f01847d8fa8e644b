package org.virtualhall.search.index;

import java.util.List;

/**
 * What the hall indexes for one item, window or member of staff.
 *
 * @param type     item, window or staff
 * @param id       item code, window number or badge number
 * @param keywords short words that identify it (category, department, window sign), weighted above body
 * @param body     everything else worth finding it by: materials, procedure, conditions, duties
 */
public record SearchDocument(String type, String id, String name, String department, String departmentName,
                             List<String> windows, Integer floor, String keywords, String body) {

    public SearchDocument {
        windows = List.copyOf(windows);
    }
}
