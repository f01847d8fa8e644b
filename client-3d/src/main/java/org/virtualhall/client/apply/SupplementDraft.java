package org.virtualhall.client.apply;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtualhall.client.api.ApiTypes.SupplementRequest;
import org.virtualhall.client.api.ApiTypes.Upload;

/**
 * The files a citizen hands in for one correction: one per requested material, named after it so the window
 * sees which material each file answers ("居民户口簿.jpg"). A requested material with no file chosen goes in
 * as a sample document, as the demo's wizard fills its forms with sample values.
 */
final class SupplementDraft {

    /** Used when the note names none of the item's materials. */
    static final String GENERIC = "补正材料";

    private final List<String> requested;
    private final Map<String, Upload> chosen = new LinkedHashMap<>();

    SupplementDraft(List<String> requested) {
        this.requested = requested.isEmpty() ? List.of(GENERIC) : List.copyOf(requested);
    }

    List<String> requested() {
        return requested;
    }

    /** Chooses a file for a material; it is sent under the material's name with the file's own extension. */
    void choose(String material, Path file) {
        if (!requested.contains(material)) {
            throw new IllegalArgumentException("窗口没有要求补交“" + material + "”");
        }
        Upload read = Attachments.read(file);
        String name = read.name();
        int dot = name.lastIndexOf('.');
        chosen.put(material, new Upload(fileName(material) + (dot < 0 ? "" : name.substring(dot)), read.contentType(),
                read.base64()));
    }

    /** The file chosen for a material, or null when it will go in as a sample. */
    Upload chosen(String material) {
        return chosen.get(material);
    }

    SupplementRequest toRequest(String note) {
        List<Upload> uploads = new ArrayList<>();
        for (String material : requested) {
            uploads.add(chosen.containsKey(material) ? chosen.get(material) : sample(material));
        }
        return new SupplementRequest(uploads, note);
    }

    static Upload sample(String material) {
        String pdf = "%PDF-1.4\n% sample supplement\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return new Upload(fileName(material) + ".pdf", "application/pdf",
                Base64.getEncoder().encodeToString(pdf.getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * The material's name as a file name the gateway accepts: without the book-title marks some published names
     * carry (《…》), path and wildcard characters replaced, at most 90 characters.
     */
    static String fileName(String material) {
        String name = material.replace("《", "").replace("》", "").replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.length() > 90 ? name.substring(0, 90) : name;
    }
}
