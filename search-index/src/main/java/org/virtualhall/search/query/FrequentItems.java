package org.virtualhall.search.query;

import java.util.List;
import org.virtualhall.search.index.DataLines;

/**
 * 高频事项: the items a hall shows first when a search leads nowhere at all, not even by one character
 * or syllable (嗯嗯, a row of stray letters). Item codes in order, one a line, {@code #} comments, from
 * {@value #SHIPPED} in assets.
 */
final class FrequentItems {

    static final String SHIPPED = "search/frequent-items.txt";

    private FrequentItems() {
    }

    static List<String> shipped() {
        return DataLines.resource(SHIPPED);
    }
}
