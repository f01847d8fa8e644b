package org.virtualhall.model.catalog;

import java.util.List;

/**
 * A member of staff on a window's duty board.
 *
 * @param badge  badge number (工号), unique in the hall
 * @param role   岗位, e.g. 受理岗
 * @param title  职务/职称, e.g. 科员
 * @param onDuty whether the person is at the window today; when the A post is away the B post covers
 */
public record Staff(String badge, String name, String department, String window, Post post,
                    String role, String title, List<String> duties, String photo, boolean onDuty) {

    public Staff {
        duties = duties == null ? List.of() : List.copyOf(duties);
    }
}
