package org.virtualhall.model.hall;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while the checks run. */
final class Problems {

    private final List<Problem> list = new ArrayList<>();

    void add(String file, String entry, String message) {
        list.add(new Problem(file, entry, message));
    }

    /** Adds a problem when the text is missing or blank. */
    void requireText(String file, String entry, String field, String value) {
        if (value == null || value.isBlank()) {
            add(file, entry, field + " is missing");
        }
    }

    void require(String file, String entry, String field, Object value) {
        if (value == null) {
            add(file, entry, field + " is missing");
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<Problem> all() {
        return List.copyOf(list);
    }
}
