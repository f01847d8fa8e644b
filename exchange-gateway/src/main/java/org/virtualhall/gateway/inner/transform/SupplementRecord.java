package org.virtualhall.gateway.inner.transform;

import java.util.List;

/**
 * A supplement (补正材料) in the approval system's own format (docs/contracts.md, "Supplements"): 补正编号,
 * 材料, 补正说明, 提交时间, 来源. The receipt travels in the path.
 */
public record SupplementRecord(String bzbh, List<IntakeRecord.Cl> cl, String bzsm, String tjsj, String ly) {
}
