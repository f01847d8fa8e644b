package org.virtualhall.search.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
        try (InputStream in = FrequentItems.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            return in == null ? List.of() : codes(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> codes(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
}
