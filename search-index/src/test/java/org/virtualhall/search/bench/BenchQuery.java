package org.virtualhall.search.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One line of {@code bench/queries.tsv}: what a person types and the item they mean. */
record BenchQuery(String text, String expected, String kind) {

    static List<BenchQuery> load() {
        try (InputStream in = BenchQuery.class.getResourceAsStream("/bench/queries.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(f -> new BenchQuery(f[0], f[1], f[2]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
