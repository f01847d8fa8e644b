package org.virtualhall.approval.panorama;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hash of each viewpoint's photo as last sent out ({@code panorama_sent}). */
@Repository
class SentPanoramas {

    private final JdbcClient jdbc;

    SentPanoramas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> hash(String viewpoint) {
        return jdbc.sql("SELECT sha256 FROM panorama_sent WHERE viewpoint = ?").param(viewpoint).query(String.class)
                .optional();
    }

    void sent(String viewpoint, String sha256) {
        if (jdbc.sql("UPDATE panorama_sent SET sha256 = ?, sent_at = ? WHERE viewpoint = ?")
                .params(sha256, OffsetDateTime.now(), viewpoint).update() == 0) {
            jdbc.sql("INSERT INTO panorama_sent (sha256, sent_at, viewpoint) VALUES (?, ?, ?)")
                    .params(sha256, OffsetDateTime.now(), viewpoint).update();
        }
    }

    /** Forgets the viewpoints not among these: the outer side drops their photos, so a return must send it again. */
    void keepOnly(Collection<String> viewpoints) {
        jdbc.sql("SELECT viewpoint FROM panorama_sent").query(String.class).list().stream()
                .filter(v -> !viewpoints.contains(v))
                .forEach(v -> jdbc.sql("DELETE FROM panorama_sent WHERE viewpoint = ?").param(v).update());
    }
}
