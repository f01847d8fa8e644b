package org.virtualhall.search.query;

import java.util.Optional;
import org.virtualhall.search.index.DocumentType;

/**
 * A checked search: {@code text} is already cleaned by {@link QueryText}.
 *
 * @param type  only this kind of thing, or all three
 * @param dept  only this department (code), or all
 * @param floor only this floor, or all
 */
public record SearchQuery(String text, Optional<DocumentType> type, Optional<String> dept,
                          Optional<Integer> floor, int size) {
}
