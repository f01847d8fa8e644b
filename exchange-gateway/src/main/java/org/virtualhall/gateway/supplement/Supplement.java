package org.virtualhall.gateway.supplement;

import java.time.Instant;
import java.util.List;
import org.virtualhall.model.submission.Attachment;

/**
 * 补正材料: what an applicant hands in after a correction request (一次性告知补正), checked outside and carried
 * on the {@code submissions} channel in an envelope of type {@value #TYPE} (docs/contracts.md).
 *
 * @param id        the supplement's own id ({@code BZ…}); both sides and the approval system drop a second copy
 * @param receipt   the submission it completes
 * @param idNumber  the applicant's ID number (from the token), for the audit
 * @param note      the applicant's remark, possibly empty
 * @param source    where it came from (3D client, kiosk, portal)
 */
public record Supplement(String id, String receipt, String idNumber, List<Attachment> materials, String note,
                         Instant submittedAt, String source) {

    public static final String TYPE = "supplement";

    public Supplement {
        materials = materials == null ? List.of() : List.copyOf(materials);
        note = note == null ? "" : note;
    }

    /** The envelope id: one per supplement, so a resent bundle is recognised. */
    public String envelopeId() {
        return "sup-" + id;
    }

    /** The material names joined for a timeline note or an audit line. */
    public String materialNames() {
        return String.join("、", materials.stream().map(Attachment::name).toList());
    }
}
