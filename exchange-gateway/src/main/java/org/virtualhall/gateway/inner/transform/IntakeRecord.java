package org.virtualhall.gateway.inner.transform;

import java.util.List;
import java.util.Map;

/**
 * A submission in the approval system's own format (docs/contracts.md, "Intake"); field names come from its
 * data dictionary: 申报号, 事项编码, 部门编码, 行政区划, 申请人, 表单数据, 材料, 申报时间, 来源.
 */
public record IntakeRecord(String sbh, String sxbm, String bmbm, String xzqh, Sqr sqr, Map<String, String> bdsj,
                           List<Cl> cl, String sbsj, String ly) {

    /** 申请人: 姓名, 证件号码, 手机号码. */
    public record Sqr(String xm, String zjhm, String sjhm) {
    }

    /** 材料: 名称, 类型, 大小 (bytes), SHA-256, 内容 (base64). */
    public record Cl(String mc, String lx, long dx, String sha256, String nr) {
    }
}
