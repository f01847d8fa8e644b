package org.virtualhall.client.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/** The user's {@code settings.properties}: read whole, written back with the keys changed and the others kept. */
final class SettingsFile {

    private static final Logger LOG = Logger.getLogger(SettingsFile.class.getName());

    private SettingsFile() {
    }

    /** The file's settings; none when it is missing or unreadable (logged). */
    static Properties load(Path file) {
        Properties p = new Properties();
        if (file != null && Files.isReadable(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                LOG.warning("cannot read " + file + ": " + e.getMessage() + "; ignored");
            }
        }
        return p;
    }

    /** Sets the keys, keeping the file's others. */
    static void put(Path file, Map<String, String> values) throws IOException {
        Properties settings = load(file);
        values.forEach(settings::setProperty);
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            settings.store(out, "Virtual Hall client");
        }
    }
}
