package org.virtualhall.approval.catalog;

/** The catalog's tables with their keys, for the operations every one of them has. */
public enum CatalogTable {
    DEPARTMENTS("departments", "code"),
    WINDOWS("windows", "number"),
    STAFF("staff", "badge"),
    ITEMS("items", "code");

    private final String table;
    private final String key;

    CatalogTable(String table, String key) {
        this.table = table;
        this.key = key;
    }

    String table() {
        return table;
    }

    String key() {
        return key;
    }
}
