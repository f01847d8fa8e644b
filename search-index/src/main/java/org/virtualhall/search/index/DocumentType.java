package org.virtualhall.search.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The three kinds of thing the hall finds; each has its own alias (filtered on {@code type}) over the one hall index,
 * and {@link #ALL_ALIAS} reaches all three unfiltered.
 */
public enum DocumentType {
    ITEM("hall-items"), WINDOW("hall-windows"), STAFF("hall-staff");

    /**
     * The whole hall index with no filter. A search of every kind goes here rather than to the three typed aliases:
     * over those, Elasticsearch tests each document against the three filters, which on a province's catalog cost
     * as much as the ranking itself.
     */
    public static final String ALL_ALIAS = "hall-all";

    private final String alias;

    DocumentType(String alias) {
        this.alias = alias;
    }

    /** The alias searches go to; a re-index points it at a new index in one step. */
    public String alias() {
        return alias;
    }

    /** The name used in documents and in the API ({@code item}, {@code window}, {@code staff}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every alias a re-index moves: the three typed ones and {@link #ALL_ALIAS}. */
    public static List<String> aliases() {
        List<String> aliases = new ArrayList<>(Arrays.stream(values()).map(DocumentType::alias).toList());
        aliases.add(ALL_ALIAS);
        return List.copyOf(aliases);
    }

    public static Optional<DocumentType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
