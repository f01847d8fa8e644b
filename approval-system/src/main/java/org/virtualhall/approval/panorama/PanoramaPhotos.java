package org.virtualhall.approval.panorama;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.virtualhall.model.panorama.PanoramaImage;

/** The viewpoints' photos: the one uploaded in the back office, else the one shipped in assets. */
@Repository
public class PanoramaPhotos {

    private final JdbcClient jdbc;

    PanoramaPhotos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<byte[]> photo(String viewpoint) {
        Optional<byte[]> uploaded = jdbc.sql("SELECT jpeg FROM panorama_photos WHERE viewpoint = ?").param(viewpoint)
                .query(byte[].class).optional();
        return uploaded.isPresent() ? uploaded : PanoramaImage.shipped(viewpoint);
    }

    void save(String viewpoint, byte[] jpeg) {
        if (jdbc.sql("UPDATE panorama_photos SET jpeg = ?, uploaded_at = ? WHERE viewpoint = ?")
                .params(jpeg, OffsetDateTime.now(), viewpoint).update() == 0) {
            jdbc.sql("INSERT INTO panorama_photos (jpeg, uploaded_at, viewpoint) VALUES (?, ?, ?)")
                    .params(jpeg, OffsetDateTime.now(), viewpoint).update();
        }
    }

    void delete(String viewpoint) {
        jdbc.sql("DELETE FROM panorama_photos WHERE viewpoint = ?").param(viewpoint).update();
    }
}
