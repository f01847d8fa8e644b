package org.virtualhall.gateway.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * 好差评: a citizen's review of a case that has ended, checked outside and carried on the {@code submissions}
 * channel in an envelope of type {@value #TYPE} (docs/contracts.md).
 *
 * @param id          the review's own id ({@code PJ…}); the approval system takes one review per case
 * @param receipt     the case reviewed
 * @param idNumber    the reviewer's ID number (from the token), for the audit
 * @param grade       5 非常满意 … 1 非常不满意
 * @param reasons     chosen from the grade's list (assets {@code evaluation/grades.yaml})
 * @param comment     the citizen's words, possibly empty
 * @param source      where it came from (3D client, kiosk, portal)
 */
public record Evaluation(String id, String receipt, String idNumber, int grade, List<String> reasons, String comment,
                         Instant evaluatedAt, String source) {

    public static final String TYPE = "evaluation";

    public Evaluation {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        comment = comment == null ? "" : comment;
    }

    /** The envelope id: one per review, so a resent bundle is recognised. */
    public String envelopeId() {
        return "eva-" + id;
    }
}
