package org.virtualhall.approval.panorama;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 全景管理's settings under {@code approval.panoramas}.
 *
 * @param maxUploadBytes a larger photo is refused with its size and this limit
 * @param gatewayPath    the inner gateway's path for panorama photos (beside its catalog path)
 */
@ConfigurationProperties("approval.panoramas")
public record PanoramaProperties(@DefaultValue("8388608") long maxUploadBytes,
                                 @DefaultValue("/api/outbound/panoramas") String gatewayPath) {
}
