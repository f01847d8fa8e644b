package org.virtualhall.gateway.outer.intake;

import java.util.List;
import java.util.Map;
import org.virtualhall.model.submission.Applicant;
import org.virtualhall.model.submission.Attachment;

/** The body of {@code POST /api/submissions} (docs/api.md). */
public record SubmissionRequest(String itemCode, Applicant applicant, Map<String, String> form,
                                List<Attachment> materials) {

    public SubmissionRequest {
        form = form == null ? Map.of() : form;
        materials = materials == null ? List.of() : materials;
    }
}
