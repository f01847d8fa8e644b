package org.virtualhall.model.catalog;

/**
 * One entry of an item's 申报材料 list.
 *
 * @param copies   how many copies (份数), at least 1
 * @param required false for materials needed only in some situations (the note says when)
 */
public record Material(String name, MaterialRole role, MaterialForm form, int copies,
                       boolean required, String note) {
}
