package org.virtualhall.gateway.inner.load;

import org.virtualhall.gateway.inner.transform.IntakeRecord;

/**
 * 装载: hands an intake record to the approval system. The one seam between the gateway and it; the
 * production implementation is {@link HttpApprovalIntake}.
 */
public interface ApprovalIntake {

    /**
     * Loads the record; idempotent by receipt on the approval side.
     *
     * @throws org.virtualhall.gateway.inner.InnerRefusal when the approval system refuses the record (400)
     * @throws ApprovalUnavailable                        when it cannot take it now (try again later)
     */
    LoadResult load(IntakeRecord record);

    /**
     * @param created false when the approval system already had this receipt (a repeat, not a new case)
     */
    record LoadResult(String receipt, String caseId, String state, boolean created) {
    }
}
