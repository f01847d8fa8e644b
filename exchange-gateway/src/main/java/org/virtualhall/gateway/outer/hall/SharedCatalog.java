package org.virtualhall.gateway.outer.hall;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.json.HallJson;

/**
 * The latest catalog publication in the outer role's database, so that every outer instance serves it: the instances
 * share the spool a publication comes in on, and only the one that takes it off the gap applies it from there; the
 * others take it from here ({@link CatalogFollowRoute}).
 */
@Repository
@Profile("outer")
class SharedCatalog {

    private final JdbcTemplate jdbc;

    SharedCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the publication, unless a newer one is kept already. */
    void store(PublishedHall hall, Instant publishedAt) {
        String json;
        try {
            json = HallJson.wire().writeValueAsString(hall);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long millis = publishedAt.toEpochMilli();
        if (replaceOlder(json, millis) == 0) {
            try {
                jdbc.update("INSERT INTO hall_publication (id, published_ms, hall) SELECT 1, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM hall_publication WHERE id = 1)", millis, json);
            } catch (DuplicateKeyException e) {
                // another instance kept its first publication at the same moment: the newer of the two stays
                replaceOlder(json, millis);
            }
        }
    }

    private int replaceOlder(String json, long millis) {
        return jdbc.update("UPDATE hall_publication SET published_ms = ?, hall = ? WHERE id = 1 AND published_ms < ?",
                millis, json, millis);
    }

    /** The publication kept, when it is newer than {@code than}. */
    Optional<Publication> newerThan(Instant than) {
        List<Publication> newer = jdbc.query("SELECT published_ms, hall FROM hall_publication WHERE id = 1 AND published_ms > ?",
                (rs, n) -> {
                    try {
                        return new Publication(HallJson.wire().readValue(rs.getString(2), PublishedHall.class),
                                Instant.ofEpochMilli(rs.getLong(1)));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("the shared catalog publication is not valid JSON", e);
                    }
                }, than.toEpochMilli());
        return newer.stream().findFirst();
    }

    record Publication(PublishedHall hall, Instant publishedAt) {
    }
}
