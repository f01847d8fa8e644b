package org.virtualhall.gateway.gap.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Atomic file writes: a hidden temporary name, fsync, then rename, so readers see whole files or none. */
public final class SpoolFiles {

    private SpoolFiles() {
    }

    /** Creates the folder when missing; a spool the ferry has not touched yet is still one this side can write. */
    public static Path ensureFolder(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                // Only when missing: on an existing folder createDirectories throws and catches inside the JDK.
                Files.createDirectories(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the spool folder " + dir, e);
        }
    }

    public static Path writeAtomically(Path dir, String name, byte[] bytes) {
        ensureFolder(dir);
        try {
            Path tmp = dir.resolve("." + name + ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            return Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " to " + dir, e);
        }
    }
}
