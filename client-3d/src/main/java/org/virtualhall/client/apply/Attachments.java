package org.virtualhall.client.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.virtualhall.client.api.ApiTypes.Upload;

/** Reads a file the citizen attaches into the API's material shape (name, content type, base64). */
final class Attachments {

    /** The gateway's limit per attachment (docs/api.md, format filter); checked here to fail early. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private Attachments() {
    }

    static Upload read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IllegalArgumentException("附件 " + file.getFileName() + " 超过 5MB");
            }
            String type = Files.probeContentType(file);
            return new Upload(file.getFileName().toString(), type == null ? contentType(file) : type,
                    Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attachment " + file, e);
        }
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        return name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg" : "application/octet-stream";
    }
}
