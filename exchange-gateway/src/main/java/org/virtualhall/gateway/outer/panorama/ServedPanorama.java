package org.virtualhall.gateway.outer.panorama;

/** What one request for a photo answers: the full photo or its preview, each with its own tag. */
record ServedPanorama(String contentType, String etag, byte[] body) {

    static ServedPanorama of(Panorama photo, boolean preview) {
        return preview ? new ServedPanorama(photo.contentType(), Panorama.previewEtag(photo.etag()), photo.preview())
                : new ServedPanorama(photo.contentType(), photo.etag(), photo.jpeg());
    }
}
