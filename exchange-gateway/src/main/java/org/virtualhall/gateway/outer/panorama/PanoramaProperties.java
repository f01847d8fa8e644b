package org.virtualhall.gateway.outer.panorama;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outer role serves the viewpoints' panorama photos.
 *
 * @param previewWidth the width of {@code ?size=preview}, so the first view appears quickly (height is half of it)
 * @param previewQuality JPEG quality of the preview, 0 to 1
 */
@ConfigurationProperties("hall.gateway.outer.panoramas")
public record PanoramaProperties(@DefaultValue("1024") int previewWidth, @DefaultValue("0.8") float previewQuality) {
}
