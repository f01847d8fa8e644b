package org.virtualhall.gateway.outer.panorama;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.quarantine.QuarantineStore;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.panorama.PanoramaImage;
import org.virtualhall.model.panorama.PanoramaPhoto;
import org.virtualhall.model.panorama.Viewpoint;
import org.virtualhall.model.submission.Envelope;

/**
 * The panorama photos the outer side serves: each photo that came across the gap (kept in the database the outer
 * instances share, so each of them serves it, and a restart too), else the one shipped in assets. Only viewpoints of
 * the current catalog have a photo.
 */
@Component
@Profile("outer")
public class PanoramaStore {

    private static final Logger LOG = LoggerFactory.getLogger(PanoramaStore.class);

    private final HallCatalog catalog;
    private final QuarantineStore quarantine;
    private final PanoramaTable table;
    private final PanoramaProperties props;
    private final Clock clock;
    private final Map<String, Panorama> shipped = new ConcurrentHashMap<>();

    PanoramaStore(HallCatalog catalog, QuarantineStore quarantine, PanoramaTable table, PanoramaProperties props,
                  Clock clock) {
        this.catalog = catalog;
        this.quarantine = quarantine;
        this.table = table;
        this.props = props;
        this.clock = clock;
    }

    /** The tag of a viewpoint's photo or preview, for a revalidation; empty for an id not of the current catalog. */
    Optional<String> etag(String id, boolean preview) {
        if (catalog.hall().viewpoint(id).isEmpty()) {
            return Optional.empty();
        }
        Optional<String> etag = table.etag(id).or(() -> shipped(id).map(Panorama::etag));
        return preview ? etag.map(Panorama::previewEtag) : etag;
    }

    /** A viewpoint's photo or preview; empty for an id not of the current catalog. */
    Optional<ServedPanorama> photo(String id, boolean preview) {
        if (catalog.hall().viewpoint(id).isEmpty()) {
            return Optional.empty();
        }
        return table.served(id, preview).or(() -> shipped(id).map(p -> ServedPanorama.of(p, preview)));
    }

    /** A photo that came across the gap on the catalog channel: checked like a data file's, then kept for all. */
    public void receive(Envelope envelope) {
        try {
            PanoramaPhoto photo = HallJson.wire().readValue(envelope.body(), PanoramaPhoto.class);
            String problem = !Viewpoint.validId(photo.viewpoint()) ? "点位编号无效：" + photo.viewpoint()
                    : photo.jpeg() == null ? "缺少图片" : PanoramaImage.problem(photo.jpeg()).orElse(null);
            if (problem != null) {
                refuse(envelope, problem);
                return;
            }
            table.put(photo.viewpoint(), Panorama.of(photo.jpeg(), props), clock.instant());
            LOG.info("panorama {} received ({} bytes)", photo.viewpoint(), photo.jpeg().length);
        } catch (IOException e) {
            refuse(envelope, e.getMessage());
        }
    }

    /** After a publication: the photos of viewpoints it no longer has are dropped. */
    public void published(Hall hall) {
        List<String> dropped = table.keepOnly(hall.viewpoints().stream().map(Viewpoint::id).toList());
        if (!dropped.isEmpty()) {
            LOG.info("panoramas of viewpoints no longer published dropped: {}", dropped);
        }
    }

    private Optional<Panorama> shipped(String id) {
        return Optional.ofNullable(shipped.computeIfAbsent(id,
                v -> PanoramaImage.shipped(v).map(jpeg -> Panorama.of(jpeg, props)).orElse(null)));
    }

    private void refuse(Envelope envelope, String problem) {
        quarantine.keep("CATALOG", null, "全景图片无法使用：" + problem, envelope.body());
        LOG.warn("panorama envelope {} refused: {}", envelope.id(), problem);
    }
}
