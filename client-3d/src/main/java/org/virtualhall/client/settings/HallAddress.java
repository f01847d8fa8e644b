package org.virtualhall.client.settings;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Which hall the client opens: the command line's {@code --server}, else the user's saved setting, else the
 * address baked into a county's package ({@code hall-client.properties} beside the client's jar), else
 * {@link #FALLBACK}. Both files hold {@code server=URL}.
 */
public final class HallAddress {

    public static final URI FALLBACK = URI.create("http://127.0.0.1:8080/");
    /** The package's default settings, written by {@code ./hall package --server URL}. */
    public static final String BAKED_FILE = "hall-client.properties";
    static final String KEY = "server";

    private static final Logger LOG = Logger.getLogger(HallAddress.class.getName());

    /** The chosen address and where it came from (for the log and the report). */
    public record Choice(URI server, String from) {
    }

    private HallAddress() {
    }

    public static Choice choose(URI commandLine, Path settingsFile, Path bakedFile) {
        if (commandLine != null) {
            return new Choice(commandLine, "command line");
        }
        Optional<URI> saved = read(settingsFile);
        if (saved.isPresent()) {
            return new Choice(saved.get(), settingsFile.toString());
        }
        return read(bakedFile).map(baked -> new Choice(baked, bakedFile.toString()))
                .orElse(new Choice(FALLBACK, "default"));
    }

    /** An http(s) URL ending in a slash, so that API paths resolve under it. */
    public static URI parse(String url) {
        String text = url.strip();
        try {
            URI uri = new URI(text.endsWith("/") ? text : text + "/");
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("server: " + url + " is no http:// or https:// address");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("server: " + url + " is no address (" + e.getReason() + ")", e);
        }
    }

    /** Saves {@code server} as the user's setting, keeping the file's other keys. */
    public static void save(Path settingsFile, URI server) throws IOException {
        SettingsFile.put(settingsFile, Map.of(KEY, server.toString()));
    }

    /** {@code hall-client.properties} in the folder of the client's jar (or of its classes, in a build). */
    public static Path bakedFile(Class<?> client) {
        try {
            Path code = Path.of(client.getProtectionDomain().getCodeSource().getLocation().toURI());
            return (Files.isDirectory(code) ? code : code.getParent()).resolve(BAKED_FILE);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the client's code lies", e);
        }
    }

    /** The file's server, if it names one that is a valid address; a broken one is logged and passed over. */
    private static Optional<URI> read(Path file) {
        String value = SettingsFile.load(file).getProperty(KEY);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(value));
        } catch (IllegalArgumentException e) {
            LOG.warning(file + ": " + e.getMessage() + "; ignored");
            return Optional.empty();
        }
    }
}
