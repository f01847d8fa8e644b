package org.virtualhall.model.layout;

/**
 * A zone (分区) of a floor, grouping windows by service category.
 *
 * @param id       the zone letter, also the first letter of its window numbers
 * @param name     e.g. 户籍证件区
 * @param category the service category shown on the zone sign, e.g. 公安户籍·出入境
 */
public record Zone(String id, String name, String category, Rect area) {
}
