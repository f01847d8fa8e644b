package org.virtualhall.gateway.outer.hall;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.bundle.SpoolFiles;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.json.HallJson;

/**
 * The hall as the outer side publishes it: at first the one shipped in assets, then each catalog publication
 * that comes across the gap. The latest publication is kept on disk so a restart serves it again.
 */
@Component
@Profile("outer")
public class HallCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(HallCatalog.class);

    private final Path stored;
    private final AtomicReference<Current> current = new AtomicReference<>();

    public HallCatalog(@Value("${hall.gateway.data-dir}") Path dataDir) {
        this.stored = dataDir.resolve("catalog").resolve("published-hall.json");
        current.set(load());
    }

    public Hall hall() {
        return current.get().hall();
    }

    /** The item with this code in the current hall, found in a map built once per publication. */
    public Optional<Item> item(String code) {
        return Optional.ofNullable(current.get().items().get(code));
    }

    /** When the current publication was made inside; the epoch for the shipped hall. */
    public Instant publishedAt() {
        return current.get().publishedAt();
    }

    public PublishedHall published() {
        return current.get().published();
    }

    /** The JSON of {@code GET /api/hall}, serialised once per version. */
    public byte[] json() {
        return current.get().json();
    }

    /**
     * Replaces the hall with a checked publication. Publications can arrive out of order across the gap,
     * so one older than the current one is ignored; returns whether it was applied.
     */
    public synchronized boolean publish(Hall hall, Instant publishedAt) {
        if (publishedAt.isBefore(current.get().publishedAt())) {
            return false;
        }
        Current next = Current.of(PublishedHall.of(hall), hall, publishedAt);
        try {
            SpoolFiles.writeAtomically(stored.getParent(), stored.getFileName().toString(),
                    HallJson.wire().writeValueAsBytes(new Stored(publishedAt, next.published())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current.set(next);
        LOG.info("hall catalog now version {} with {} items", hall.version(), hall.items().size());
        return true;
    }

    private Current load() {
        if (Files.exists(stored)) {
            try {
                Stored kept = HallJson.wire().readValue(stored.toFile(), Stored.class);
                return Current.of(kept.hall(), kept.hall().toHall(), kept.publishedAt());
            } catch (IOException | RuntimeException e) {
                LOG.warn("the stored catalog {} is unusable ({}); serving the shipped hall", stored, e.getMessage());
            }
        }
        Hall shipped = HallLoader.fromClasspath();
        return Current.of(PublishedHall.of(shipped), shipped, Instant.EPOCH);
    }

    private record Stored(Instant publishedAt, PublishedHall hall) {
    }

    private record Current(PublishedHall published, Hall hall, Map<String, Item> items, byte[] json, Instant publishedAt) {
        static Current of(PublishedHall published, Hall hall, Instant publishedAt) {
            try {
                return new Current(published, hall, byCode(hall),
                        HallJson.wire().writeValueAsBytes(published), publishedAt);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The first item of each code, as {@link Hall#item} finds it. */
        private static Map<String, Item> byCode(Hall hall) {
            return Map.copyOf(hall.items().stream().collect(Collectors.toMap(Item::code, i -> i, (first, later) -> first)));
        }
    }
}
