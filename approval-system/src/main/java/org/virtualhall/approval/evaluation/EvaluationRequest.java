package org.virtualhall.approval.evaluation;

import java.util.List;

/**
 * {@code POST /api/cases/{receipt}/evaluation} in the approval system's own field names (docs/contracts.md): 评价编号,
 * 评价等级 (1-5), 评价原因, 评价内容, 评价时间, 来源.
 */
record EvaluationRequest(String pjbh, Integer pjdj, List<String> pjyy, String pjnr, String pjsj, String ly) {
}
