package org.virtualhall.approval.search;

import java.util.List;

/**
 * What the console's search found, grouped: 事项, 窗口, 工作人员, 办件.
 *
 * @param groups the groups in that order, each possibly empty
 */
record StaffSearchResult(List<Group> groups) {

    StaffSearchResult {
        groups = List.copyOf(groups);
    }

    /**
     * @param key     item, window, staff or case (element ids on the page)
     * @param closest nothing matched the words: the hits are the closest by characters and sound
     */
    record Group(String key, String label, List<Hit> hits, boolean closest) {

        Group {
            hits = List.copyOf(hits);
        }
    }

    /**
     * One hit. {@code titleHtml} is safe HTML (escaped, with {@code <mark>} around the matched words); the rest is
     * plain text. {@code link} is where it opens, or null.
     */
    record Hit(String id, String titleHtml, String detail, String link) {
    }
}
