package org.virtualhall.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The synonym rules (Solr format, one rule a line, {@code #} comments) a hall administrator
 * edits: the file given by {@code hall.search.synonyms-file}, or the list shipped in assets
 * ({@code search/synonyms.txt}). Read at every re-index, so an edit takes effect with the next one.
 */
public final class Synonyms {

    public static final String SHIPPED = "search/synonyms.txt";

    private Synonyms() {
    }

    public static List<String> load(Path file) {
        if (file == null) {
            return DataLines.resource(SHIPPED);
        }
        try {
            return DataLines.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the synonym file " + file, e);
        }
    }
}
