package org.virtualhall.client.signin;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Logger;
import org.virtualhall.client.ClientOptions;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.api.HallApi;
import org.virtualhall.client.settings.UserDirs;
import org.virtualhall.model.json.HallJson;

/**
 * Keeps the session across restarts: the person and the refresh token in {@code session.json} in the user's
 * config folder ({@link UserDirs}), readable by the owner only, for one server. The only place that decides whether a
 * session is kept on disk: never offline, never on a kiosk (the next citizen at the hall's terminal must not find the
 * last one signed in).
 */
public final class SavedSession {

    private static final Logger LOG = Logger.getLogger(SavedSession.class.getName());
    private static final String OWNER_ONLY_FILE = "rw-------";
    private static final String OWNER_ONLY_DIR = "rwx------";

    /** What the file holds. */
    private record Kept(String server, String name, String idNumber, String mobile, String refreshToken) {
    }

    private final Path file;
    private final String server;

    private SavedSession(Path file, URI server) {
        this.file = file;
        this.server = server == null ? null : server.toString();
    }

    /** The session file of the hall the client talks to: none offline ({@code api} null) or on a kiosk. */
    public static SavedSession of(ClientOptions options, HallApi api) {
        return api == null || options.kiosk().on() ? none()
                : at(UserDirs.current().config().resolve("session.json"), api.base());
    }

    /** The session kept in this file for this server. */
    static SavedSession at(Path file, URI server) {
        return new SavedSession(file, server);
    }

    /** Keeps nothing. */
    public static SavedSession none() {
        return new SavedSession(null, null);
    }

    /** The session kept for this server, to be renewed; empty when none is (or the file cannot be read). */
    public Optional<CitizenSession> load() {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Kept kept = HallJson.wire().readValue(file.toFile(), Kept.class);
            if (!server.equals(kept.server()) || kept.refreshToken() == null) {
                return Optional.empty();
            }
            return Optional.of(CitizenSession.restored(new Credentials(kept.name(), kept.idNumber(), kept.mobile()),
                    kept.refreshToken()));
        } catch (IOException e) {
            LOG.warning("cannot read the kept session " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps a renewable session (replacing the one kept); forgets it when it cannot be renewed. */
    public void save(CitizenSession session) {
        if (file == null) {
            return;
        }
        if (!session.renewable()) {
            clear();
            return;
        }
        Credentials p = session.person();
        try {
            ownerOnlyDirectory(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            Files.deleteIfExists(partial);
            ownerOnlyFile(partial);
            HallJson.wire().writeValue(partial.toFile(), new Kept(server, p.name(), p.idNumber(), p.mobile(),
                    session.refreshToken()));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warning("cannot keep the session in " + file + ": " + e.getMessage());
        }
    }

    public void clear() {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning("cannot remove the kept session " + file + ": " + e.getMessage());
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void ownerOnlyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            if (posix()) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY_DIR)));
            } else {
                Files.createDirectories(dir);
            }
        }
    }

    /** Creates the file empty with owner-only rights before anything is written into it. */
    private static void ownerOnlyFile(Path path) throws IOException {
        if (posix()) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY_FILE)));
        } else {
            Files.createFile(path);
        }
    }
}
