package org.virtualhall.gateway.outer.auth;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts the row a counter or lock is kept in, the first time it is needed, outside any transaction: then every
 * change to it is one conditional UPDATE, which PostgreSQL and H2 both apply row by row. Two requests inserting the
 * same row at once is no failure — the row is there.
 */
final class MissingRows {

    private MissingRows() {
    }

    /** Runs {@code insert} (an {@code INSERT … SELECT … WHERE NOT EXISTS}), losing a race for the row quietly. */
    static void insert(JdbcTemplate jdbc, String insert, Object... args) {
        try {
            jdbc.update(insert, args);
        } catch (DuplicateKeyException e) {
            // another request inserted it first
        }
    }
}
