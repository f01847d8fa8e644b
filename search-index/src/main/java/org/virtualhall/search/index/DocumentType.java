package org.virtualhall.search.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three kinds of thing the hall finds; each has its own alias (filtered on {@code type}) over the one hall index. */
public enum DocumentType {
    ITEM("hall-items"), WINDOW("hall-windows"), STAFF("hall-staff");

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

    public static Optional<DocumentType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
