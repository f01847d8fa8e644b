package org.virtualhall.gateway.outer.intake;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Size and shape limits of the outer checks.
 *
 * @param maxBodyBytes          a larger request body is refused before it is parsed
 * @param maxNestingDepth       JSON deeper than this is refused (the API needs 3 levels)
 * @param maxMaterials          materials per submission
 * @param maxMaterialBytes      decoded bytes per material
 * @param maxTotalMaterialBytes decoded bytes of all materials together
 * @param contentTypes          the material types accepted, each checked against the file's magic bytes
 */
@ConfigurationProperties("hall.gateway.outer.limits")
public record IntakeLimits(@DefaultValue("26214400") long maxBodyBytes,
                           @DefaultValue("8") int maxNestingDepth,
                           @DefaultValue("10") int maxMaterials,
                           @DefaultValue("10485760") long maxMaterialBytes,
                           @DefaultValue("18874368") long maxTotalMaterialBytes,
                           @DefaultValue({"application/pdf", "image/jpeg", "image/png", "text/plain"})
                           List<String> contentTypes) {
}
