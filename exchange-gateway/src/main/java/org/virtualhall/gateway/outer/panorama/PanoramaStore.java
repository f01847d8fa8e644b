package org.virtualhall.gateway.outer.panorama;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.bundle.SpoolFiles;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.quarantine.QuarantineStore;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.panorama.PanoramaImage;
import org.virtualhall.model.panorama.PanoramaPhoto;
import org.virtualhall.model.panorama.Viewpoint;
import org.virtualhall.model.submission.Envelope;

/**
 * The panorama photos the outer side serves: each photo that came across the gap (kept on disk, so a restart
 * serves it again), else the one shipped in assets. Only viewpoints of the current catalog have a photo.
 */
@Component
@Profile("outer")
public class PanoramaStore {

    private static final Logger LOG = LoggerFactory.getLogger(PanoramaStore.class);

    private final HallCatalog catalog;
    private final QuarantineStore quarantine;
    private final Path dir;
    private final Map<String, Panorama> loaded = new ConcurrentHashMap<>();

    public PanoramaStore(HallCatalog catalog, QuarantineStore quarantine, @Value("${hall.gateway.data-dir}") Path dataDir) {
        this.catalog = catalog;
        this.quarantine = quarantine;
        this.dir = dataDir.resolve("catalog").resolve("panoramas");
    }

    /** The photo of a viewpoint of the current catalog; empty for any other id. */
    Optional<Panorama> photo(String id) {
        if (catalog.hall().viewpoint(id).isEmpty()) {
            return Optional.empty();
        }
        Panorama p = loaded.get(id);
        if (p == null) {
            p = read(id).map(Panorama::new).orElse(null);
            if (p != null) {
                loaded.putIfAbsent(id, p);
            }
        }
        return Optional.ofNullable(p);
    }

    /** A photo that came across the gap on the catalog channel: checked like a data file's, then served. */
    public void receive(Envelope envelope) {
        try {
            PanoramaPhoto photo = HallJson.wire().readValue(envelope.body(), PanoramaPhoto.class);
            String problem = !Viewpoint.validId(photo.viewpoint()) ? "点位编号无效：" + photo.viewpoint()
                    : photo.jpeg() == null ? "缺少图片" : PanoramaImage.problem(photo.jpeg()).orElse(null);
            if (problem != null) {
                refuse(envelope, problem);
                return;
            }
            SpoolFiles.writeAtomically(dir, photo.viewpoint() + ".jpg", photo.jpeg());
            loaded.put(photo.viewpoint(), new Panorama(photo.jpeg()));
            LOG.info("panorama {} received ({} bytes)", photo.viewpoint(), photo.jpeg().length);
        } catch (IOException e) {
            refuse(envelope, e.getMessage());
        }
    }

    private void refuse(Envelope envelope, String problem) {
        quarantine.keep("CATALOG", null, "全景图片无法使用：" + problem, envelope.body());
        LOG.warn("panorama envelope {} refused: {}", envelope.id(), problem);
    }

    private Optional<byte[]> read(String id) {
        Path received = dir.resolve(id + ".jpg");
        try {
            return Files.isRegularFile(received) ? Optional.of(Files.readAllBytes(received)) : PanoramaImage.shipped(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
