package org.virtualhall.approval.search;

import org.virtualhall.approval.cases.CaseRecord;

/**
 * A case as the search index holds it ({@code search/case-mappings.json}): what staff look a case up by. The
 * applicant's ID number only masked ({@link IdMask}); no mobile, no form, no materials. Dates as ISO text.
 */
record CaseDocument(long id, String receipt, String itemCode, String itemName, String applicantName,
                    String applicantId, String state, String stateLabel, String department, String window,
                    String submittedAt, String deadline, String completedAt) {

    static CaseDocument of(CaseRecord c, String itemName) {
        return new CaseDocument(c.id(), c.receipt(), c.itemCode(), itemName, c.applicant().name(),
                IdMask.mask(c.applicant().idNumber()), c.state().name(), c.state().label(), c.department(), c.windowNo(),
                c.submittedAt().toString(), c.limit().deadline().toString(),
                c.completedAt() == null ? null : c.completedAt().toString());
    }
}
