package org.virtualhall.gateway.inner.load;

import org.virtualhall.gateway.inner.transform.SupplementRecord;

/** 装载 of 补正材料: hands a supplement to the approval system's case ({@link HttpApprovalSupplements}). */
public interface ApprovalSupplements {

    /**
     * Adds the supplement to its case; idempotent by supplement id on the approval side.
     *
     * @throws org.virtualhall.gateway.inner.InnerRefusal when the approval system refuses it (unknown receipt,
     *                                                    case not waiting for a correction, bad record)
     * @throws ApprovalUnavailable                        when it cannot take it now (try again later)
     */
    LoadResult load(String receipt, SupplementRecord record);

    /** @param created false when the approval system already had this supplement (a repeat) */
    record LoadResult(String receipt, String supplement, String state, boolean created) {
    }
}
