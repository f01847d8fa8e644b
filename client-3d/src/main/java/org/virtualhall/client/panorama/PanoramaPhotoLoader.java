package org.virtualhall.client.panorama;

import org.virtualhall.client.api.HallApi;
import org.virtualhall.model.panorama.PanoramaImage;
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
        return PanoramaImage.shipped(v.id())
                .orElseThrow(() -> new IllegalStateException("no panorama photo for " + v.id() + " in this build"));
    }

    /** Online the preview comes first, so the first view appears quickly; offline the photo is at hand at once. */
    boolean hasPreview() {
        return api != null;
    }
}
