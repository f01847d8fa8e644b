package org.virtualhall.approval.cases;

import java.time.Instant;
import java.util.List;

/** 补正材料 an applicant handed in for a case, with the materials that came with it. */
public record CaseSupplement(String id, long caseId, Instant submittedAt, Instant receivedAt, String note,
                             String source, List<CaseMaterial> materials) {
}
