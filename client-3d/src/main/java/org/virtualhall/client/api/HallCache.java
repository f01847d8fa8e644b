package org.virtualhall.client.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.json.HallJson;

/**
 * The catalog last fetched from each hall ({@code GET /api/hall}), one file per server address in the user's cache
 * folder, so that the client opens that hall without the network and says when it was fetched.
 */
public final class HallCache {

    private static final Logger LOG = Logger.getLogger(HallCache.class.getName());

    /** A cached catalog: the server it came from and when. */
    public record Entry(String server, Instant fetchedAt, PublishedHall hall) {
    }

    private final Path dir;

    public HallCache(Path dir) {
        this.dir = dir;
    }

    /** Keeps the catalog; a cache that cannot be written costs only the offline start, so it is logged, not thrown. */
    public void save(URI server, PublishedHall hall, Instant fetchedAt) {
        Path file = file(server);
        try {
            Files.createDirectories(dir);
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            HallJson.wire().writeValue(partial.toFile(), new Entry(server.toString(), fetchedAt, hall));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warning("cannot keep the hall of " + server + " in " + file + ": " + e.getMessage());
        }
    }

    /** The catalog last fetched from {@code server}, if one was kept and can still be read. */
    public Optional<Entry> load(URI server) {
        Path file = file(server);
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(HallJson.wire().readValue(file.toFile(), Entry.class));
        } catch (IOException e) {
            LOG.warning("the kept hall " + file + " cannot be read (" + e.getMessage() + "); not used");
            return Optional.empty();
        }
    }

    /** The file for a server: a hash of its address, so that any URL makes a safe file name. */
    public Path file(URI server) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(server.toString().getBytes(StandardCharsets.UTF_8));
            return dir.resolve("hall-" + HexFormat.of().formatHex(hash, 0, 8) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this Java", e);
        }
    }
}
