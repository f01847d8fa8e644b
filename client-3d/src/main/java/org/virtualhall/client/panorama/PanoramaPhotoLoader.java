package org.virtualhall.client.panorama;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.virtualhall.client.api.HallApi;
import org.virtualhall.model.hall.HallSource;
import org.virtualhall.model.panorama.Viewpoint;

/** Where a viewpoint's photo comes from: the hall API online (its preview first), the photos shipped in assets offline. */
final class PanoramaPhotoLoader {

    private final HallApi api;

    /** @param api the hall API, or null offline */
    PanoramaPhotoLoader(HallApi api) {
        this.api = api;
    }

    byte[] load(Viewpoint v, boolean preview) {
        if (api != null) {
            return api.panorama(v.panorama(), preview);
        }
        try (InputStream in = HallSource.classpath().open(v.file())) {
            return in.readAllBytes();
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("no panorama photo for " + v.id() + " in this build", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Online the preview comes first, so the first view appears quickly; offline the photo is at hand at once. */
    boolean hasPreview() {
        return api != null;
    }
}
