package org.virtualhall.model.panorama;

/**
 * A viewpoint's panorama photo as it crosses the gap: one envelope of type {@value #ENVELOPE_TYPE} on the catalog
 * channel, beside the catalog publication that names the viewpoint.
 *
 * @param viewpoint the viewpoint's id
 * @param jpeg      the photo (base64 in JSON)
 */
public record PanoramaPhoto(String viewpoint, byte[] jpeg) {

    public static final String ENVELOPE_TYPE = "panorama";
}
