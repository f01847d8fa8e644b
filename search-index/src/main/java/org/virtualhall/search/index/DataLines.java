package org.virtualhall.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A data file of one entry a line (UTF-8): blank lines and lines starting with {@code #} are no entries. */
public final class DataLines {

    private DataLines() {
    }

    public static List<String> of(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** The entries of a file on the class path (assets), or none when it is not there. */
    public static List<String> resource(String name) {
        try (InputStream in = DataLines.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? List.of() : of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
