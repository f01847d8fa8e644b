package org.virtualhall.gateway.consultation;

import java.time.Instant;

/**
 * 咨询: a citizen's question to a department (about an item or in general), or later their rating of its answer,
 * carried on the {@code submissions} channel in an envelope of type {@value #TYPE} (docs/contracts.md).
 *
 * @param itemCode the item asked about, or null for a question to the department
 * @param rating   null for the question; 1-5 for the citizen's rating of the answer
 */
public record Consultation(String id, String idNumber, String itemCode, String department, String question, Instant at,
                           Integer rating) {

    public static final String TYPE = "consultation";

    /** The envelope id: one for the question, one for its rating. */
    public String envelopeId() {
        return "zx-" + id + (rating == null ? "" : "-rating");
    }
}
