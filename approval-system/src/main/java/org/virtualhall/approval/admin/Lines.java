package org.virtualhall.approval.admin;

import java.util.Arrays;
import java.util.List;

/** Lists typed into a text area or a field: one entry per line, or separated by commas and 、. */
final class Lines {

    private Lines() {
    }

    static List<String> of(String text) {
        return split(text, "\\R");
    }

    static List<String> ofList(String text) {
        return split(text, "[,，、\\s]+");
    }

    private static List<String> split(String text, String separator) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
