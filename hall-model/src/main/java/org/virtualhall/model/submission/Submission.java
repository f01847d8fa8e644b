package org.virtualhall.model.submission;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An application as accepted by the outer gateway.
 *
 * @param receipt     the receipt number given to the citizen; unique, the key end to end
 * @param source      where it came from (a kiosk id, the 3D client, a web portal)
 */
public record Submission(String receipt, String itemCode, Applicant applicant, Map<String, String> form,
                         List<Attachment> materials, Instant submittedAt, String source) {

    public Submission {
        form = form == null ? Map.of() : Map.copyOf(form);
        materials = materials == null ? List.of() : List.copyOf(materials);
    }
}
