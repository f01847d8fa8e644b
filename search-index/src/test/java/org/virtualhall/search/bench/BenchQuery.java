package org.virtualhall.search.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One line of a query set: what a person types, the answers that count as right (item names in
 * {@code bench/queries.tsv}, item codes in the citizen sets), and the kind of query.
 */
record BenchQuery(String text, List<String> expected, String kind) {

    /** The first relevance set: colloquial, pinyin, initials and typo queries, each with its item's name. */
    static final String BENCH = "/bench/queries.tsv";
    /** Citizen queries used for tuning (and as the regression test), each with its item code(s). */
    static final String CITIZEN_TUNING = "/bench/citizen-tuning.tsv";
    /** Citizen queries never used for tuning. */
    static final String CITIZEN_HELD_OUT = "/bench/citizen-heldout.tsv";

    BenchQuery {
        expected = List.copyOf(expected);
    }

    static List<BenchQuery> load() {
        return load(BENCH);
    }

    static List<BenchQuery> load(String resource) {
        try (InputStream in = BenchQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(f -> new BenchQuery(f[0], Arrays.asList(f[1].split(",")), f[2]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether an answer (name or code, as the set is written) is one of the right ones. */
    boolean answeredBy(String answer) {
        return expected.contains(answer);
    }
}
