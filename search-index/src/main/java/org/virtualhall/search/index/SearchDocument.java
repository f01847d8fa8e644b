package org.virtualhall.search.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What the hall indexes for one item, window or member of staff.
 *
 * @param type     item, window or staff
 * @param id       item code, window number or badge number
 * @param aliases    the everyday names of an item (俗称 from the catalog), weighted just below the name and also found
 *                   by their sound, pinyin and initials
 * @param colloquial the colloquial words of the synonym list that name an item, found by their pinyin and initials
 *                   (typed in characters, the synonym list already leads from them to the name)
 * @param keywords short words that identify it (category, department, window sign), weighted above body
 * @param body     everything else worth finding it by: materials, procedure, conditions, duties
 */
@JsonIgnoreProperties(value = "windowsInOrder", allowGetters = true)
public record SearchDocument(String type, String id, String name, List<String> aliases, List<String> colloquial,
                             String department, String departmentName, List<String> windows, Integer floor,
                             String keywords, String body) {

    public SearchDocument {
        aliases = List.copyOf(aliases);
        colloquial = List.copyOf(colloquial);
        windows = List.copyOf(windows);
    }

    /**
     * The windows in the catalog's order, as one value: a hit is read from doc values, which keep the values of
     * {@code windows} sorted (the item's own window first, the general one after it, must stay so).
     */
    @JsonProperty("windowsInOrder")
    public String windowsInOrder() {
        return String.join(" ", windows);
    }

    /** The same document with these colloquial words. */
    public SearchDocument withColloquial(List<String> words) {
        return new SearchDocument(type, id, name, aliases, words, department, departmentName, windows, floor, keywords, body);
    }
}
