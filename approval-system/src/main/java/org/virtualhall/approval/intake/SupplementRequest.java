package org.virtualhall.approval.intake;

import java.util.List;

/**
 * The body of {@code POST /api/cases/{receipt}/supplements} (docs/contracts.md), in the system's data dictionary:
 * bzbh 补正编号 (the supplement's id), cl 材料 (as in an intake), bzsm 补正说明, tjsj 提交时间, ly 来源.
 */
public record SupplementRequest(String bzbh, List<IntakeRequest.Cl> cl, String bzsm, String tjsj, String ly) {
}
