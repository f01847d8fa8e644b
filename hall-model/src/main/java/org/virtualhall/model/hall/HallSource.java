package org.virtualhall.model.hall;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the hall's data files are read from: a folder being edited, or the assets jar. */
public interface HallSource {

    /** Opens a data file by its path relative to the hall folder. */
    InputStream open(String file) throws IOException;

    /** The hall data shipped in the assets jar, under {@code hall/}. */
    static HallSource classpath() {
        return file -> {
            InputStream in = HallSource.class.getClassLoader().getResourceAsStream("hall/" + file);
            if (in == null) {
                throw new NoSuchFileException("hall/" + file + " (class path)");
            }
            return in;
        };
    }

    static HallSource directory(Path dir) {
        return file -> Files.newInputStream(dir.resolve(file));
    }
}
