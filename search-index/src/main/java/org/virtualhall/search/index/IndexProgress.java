package org.virtualhall.search.index;

/** Told after every batch while a re-index runs. */
@FunctionalInterface
public interface IndexProgress {

    void indexed(DocumentType type, int done, int total);

    IndexProgress SILENT = (type, done, total) -> { };
}
