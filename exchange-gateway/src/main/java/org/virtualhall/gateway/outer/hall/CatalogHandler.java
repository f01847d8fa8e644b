package org.virtualhall.gateway.outer.hall;

import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.receive.EnvelopeHandler;
import org.virtualhall.gateway.gap.receive.SeenEnvelopes;
import org.virtualhall.gateway.outer.panorama.PanoramaStore;
import org.virtualhall.gateway.quarantine.QuarantineStore;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallDataException;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.panorama.PanoramaPhoto;
import org.virtualhall.model.submission.Envelope;

/**
 * Catalog publications arriving from inside: checked like hall data files, then they replace {@code /api/hall}
 * and refresh the search index, and are kept in the database for the other outer instances. Only the newest
 * publication of a bundle matters. Panorama photos on the same channel each go to the {@link PanoramaStore},
 * which drops those of viewpoints a publication no longer has.
 */
@Component
@Profile("outer")
class CatalogHandler implements EnvelopeHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogHandler.class);

    private final HallCatalog catalog;
    private final CatalogIndexer indexer;
    private final SeenEnvelopes seen;
    private final QuarantineStore quarantine;
    private final SharedCatalog shared;
    private final PanoramaStore panoramas;

    CatalogHandler(HallCatalog catalog, CatalogIndexer indexer, SeenEnvelopes seen, QuarantineStore quarantine,
                   SharedCatalog shared, PanoramaStore panoramas) {
        this.catalog = catalog;
        this.panoramas = panoramas;
        this.shared = shared;
        this.indexer = indexer;
        this.seen = seen;
        this.quarantine = quarantine;
    }

    @Override
    public Channel channel() {
        return Channel.CATALOG;
    }

    @Override
    public void handle(List<Envelope> envelopes) {
        List<Envelope> fresh = seen.unseen(envelopes);
        fresh.stream().filter(CatalogHandler::isPhoto).forEach(panoramas::receive);
        List<Envelope> publications = fresh.stream().filter(e -> !isPhoto(e)).toList();
        if (!publications.isEmpty()) {
            apply(publications.get(publications.size() - 1));
        }
        seen.markSeen(channel().wireName(), fresh);
    }

    private static boolean isPhoto(Envelope envelope) {
        return PanoramaPhoto.ENVELOPE_TYPE.equals(envelope.type());
    }

    private void apply(Envelope envelope) {
        try {
            PublishedHall published = HallJson.wire().readValue(envelope.body(), PublishedHall.class);
            Hall hall = published.toHall();
            if (catalog.publish(hall, envelope.createdAt())) {
                shared.store(published, envelope.createdAt());
                panoramas.published(hall);
                indexer.reindex(hall);
            }
        } catch (IOException | HallDataException e) {
            quarantine.keep("CATALOG", null, "目录发布无法使用：" + e.getMessage(), envelope.body());
            LOG.warn("catalog publication {} refused: {}", envelope.id(), e.getMessage());
        }
    }
}
