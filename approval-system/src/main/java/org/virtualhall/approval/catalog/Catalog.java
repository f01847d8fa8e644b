package org.virtualhall.approval.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallInfo;
import org.virtualhall.model.hall.HallLoader;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.layout.HallLayout;
import org.virtualhall.model.panorama.Viewpoint;

/**
 * The catalog as the rest of the system reads it. Items are read on every intake, so they are cached;
 * every change through here drops the cache, and counts one up in the store, so that other instances on the same
 * database drop theirs within {@code approval.catalog.revision-check}.
 */
@Service
public class Catalog {

    static final String INFO = "info";
    static final String LAYOUT = "layout";
    static final String VIEWPOINTS = "viewpoints";

    private final CatalogRepository repository;
    private final ApplicationEventPublisher events;
    private final long revisionCheckNanos;
    private final Map<String, Optional<Item>> items = new ConcurrentHashMap<>();
    private final AtomicLong cachedRevision = new AtomicLong(-1);
    private final AtomicLong nextRevisionCheck = new AtomicLong(System.nanoTime());

    Catalog(CatalogRepository repository, ApplicationEventPublisher events, CatalogSettings settings) {
        this.repository = repository;
        this.events = events;
        this.revisionCheckNanos = settings.revisionCheck().toNanos();
    }

    public Optional<Item> item(String code) {
        dropIfChangedElsewhere();
        return items.computeIfAbsent(code, repository::item);
    }

    public CatalogRepository store() {
        return repository;
    }

    /** Call after any change made through {@link #store()}; tells the rest of the system ({@link CatalogChanged}). */
    public void changed() {
        repository.countChange();
        items.clear();
        events.publishEvent(new CatalogChanged());
    }

    /**
     * Drops the cached items once the store's revision is not the one they were read at. Also after this instance's
     * own change: the cache may have been filled again from before its commit.
     */
    private void dropIfChangedElsewhere() {
        long now = System.nanoTime();
        long due = nextRevisionCheck.get();
        if (now - due < 0 || !nextRevisionCheck.compareAndSet(due, now + revisionCheckNanos)) {
            return;
        }
        long revision = repository.revision();
        if (cachedRevision.getAndSet(revision) != revision) {
            items.clear();
        }
    }

    /** The catalog as it stands, unchecked (it may be between two edits), with the hall's facts. */
    public Hall current() {
        return new Hall(info(), "draft", layout(), repository.departments(), repository.windows(), repository.staff(),
                repository.items(), viewpoints());
    }

    /** Replaces everything with {@code hall} (first start; tests). */
    @Transactional
    public void load(Hall hall) {
        hall.departments().forEach(repository::save);
        hall.windows().forEach(repository::save);
        hall.staff().forEach(repository::save);
        hall.items().forEach(repository::save);
        repository.saveMeta(INFO, json(hall.info()));
        repository.saveMeta(LAYOUT, json(hall.layout()));
        saveViewpoints(hall.viewpoints());
    }

    /** The 点位 with their hotspots (全景管理); their photos are in {@code PanoramaPhotos}. */
    public List<Viewpoint> viewpoints() {
        return repository.meta(VIEWPOINTS).map(json -> {
            try {
                return HallJson.wire().readValue(json, new TypeReference<List<Viewpoint>>() { });
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("viewpoints in the store are not valid JSON: " + e.getMessage(), e);
            }
        }).orElse(List.of());
    }

    /** Replaces the viewpoints; the caller has checked them with the rest of the hall. */
    public void saveViewpoints(List<Viewpoint> viewpoints) {
        repository.saveMeta(VIEWPOINTS, json(viewpoints));
        changed();
    }

    /** Whether the store has viewpoints at all (a store seeded before there were any has none). */
    public boolean hasViewpoints() {
        return repository.meta(VIEWPOINTS).isPresent();
    }

    /** The catalog as it stands, checked like a hall read from files; throws HallDataException when broken. */
    public PublishedHall toPublished() {
        Hall draft = current();
        HallLoader.check(draft);
        // Like the loader's version: a content hash, so a publication that changes nothing keeps its version.
        String version = HexFormat.of().formatHex(sha256(json(PublishedHall.of(draft)))).substring(0, 16);
        return PublishedHall.of(new Hall(draft.info(), version, draft.layout(), draft.departments(), draft.windows(),
                draft.staff(), draft.items(), draft.viewpoints()));
    }

    public HallInfo info() {
        return read(repository.meta(INFO).orElseThrow(), HallInfo.class);
    }

    public HallLayout layout() {
        return read(repository.meta(LAYOUT).orElseThrow(), HallLayout.class);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return HallJson.wire().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("hall facts in the store are not valid JSON: " + e.getMessage(), e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        try {
            return HallJson.wire().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
