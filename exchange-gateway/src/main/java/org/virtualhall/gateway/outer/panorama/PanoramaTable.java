package org.virtualhall.gateway.outer.panorama;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The photos that came across the gap, in the outer role's database ({@code panorama_photo}), so that every outer
 * instance serves the one that the instance taking it off the gap kept.
 */
@Repository
@Profile("outer")
class PanoramaTable {

    private final JdbcTemplate jdbc;

    PanoramaTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the photo of a viewpoint in place of the one it had. */
    void put(String viewpoint, Panorama photo, Instant receivedAt) {
        if (replace(viewpoint, photo, receivedAt) == 0) {
            try {
                jdbc.update("INSERT INTO panorama_photo (viewpoint, content_type, etag, jpeg, preview, received_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", viewpoint, photo.contentType(), photo.etag(), photo.jpeg(),
                        photo.preview(), Timestamp.from(receivedAt));
            } catch (DuplicateKeyException e) {
                // another instance kept a photo of the viewpoint at the same moment: this one, received later, stays
                replace(viewpoint, photo, receivedAt);
            }
        }
    }

    private int replace(String viewpoint, Panorama photo, Instant receivedAt) {
        return jdbc.update("UPDATE panorama_photo SET content_type = ?, etag = ?, jpeg = ?, preview = ?, received_at = ? "
                + "WHERE viewpoint = ?", photo.contentType(), photo.etag(), photo.jpeg(), photo.preview(),
                Timestamp.from(receivedAt), viewpoint);
    }

    /** The full photo's tag, read without its bytes, so a revalidation costs no image. */
    Optional<String> etag(String viewpoint) {
        return jdbc.queryForList("SELECT etag FROM panorama_photo WHERE viewpoint = ?", String.class, viewpoint)
                .stream().findFirst();
    }

    Optional<ServedPanorama> served(String viewpoint, boolean preview) {
        String column = preview ? "preview" : "jpeg";
        return jdbc.query("SELECT content_type, etag, " + column + " FROM panorama_photo WHERE viewpoint = ?",
                (rs, n) -> new ServedPanorama(rs.getString(1), preview ? Panorama.previewEtag(rs.getString(2))
                        : rs.getString(2), rs.getBytes(3)), viewpoint).stream().findFirst();
    }

    /** Drops the photos of the viewpoints not among these; returns the ones dropped. */
    List<String> keepOnly(Collection<String> viewpoints) {
        List<String> dropped = jdbc.queryForList("SELECT viewpoint FROM panorama_photo", String.class).stream()
                .filter(v -> !viewpoints.contains(v)).toList();
        dropped.forEach(v -> jdbc.update("DELETE FROM panorama_photo WHERE viewpoint = ?", v));
        return dropped;
    }
}
