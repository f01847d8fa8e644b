package org.virtualhall.gateway.outer.supplement;

import java.util.List;
import org.virtualhall.model.submission.Attachment;

/** The body of {@code POST /api/submissions/{receipt}/supplements} (docs/contracts.md). */
public record SupplementRequest(List<Attachment> materials, String note) {

    public SupplementRequest {
        materials = materials == null ? List.of() : materials;
        note = note == null ? "" : note;
    }
}
