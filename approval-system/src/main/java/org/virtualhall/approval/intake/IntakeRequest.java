package org.virtualhall.approval.intake;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/intake}, in the approval system's own data dictionary (docs/contracts.md):
 * sbh 申报号 (receipt), sxbm 事项编码, bmbm 部门编码, xzqh 行政区划, sqr 申请人, bdsj 表单数据, cl 材料,
 * sbsj 申报时间, ly 来源.
 */
public record IntakeRequest(String sbh, String sxbm, String bmbm, String xzqh, Sqr sqr, Map<String, Object> bdsj,
                            List<Cl> cl, String sbsj, String ly) {

    /** 申请人: xm 姓名, zjhm 证件号码, sjhm 手机号码. */
    public record Sqr(String xm, String zjhm, String sjhm) {
    }

    /** 材料: mc 名称, lx 类型, dx 大小 (bytes), sha256, nr 内容 (base64). */
    public record Cl(String mc, String lx, Long dx, String sha256, String nr) {
    }
}
