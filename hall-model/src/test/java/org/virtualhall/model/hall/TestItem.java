package org.virtualhall.model.hall;

/** One complete item of the 残联 (CL) used by loader tests; code CL990 is outside the shipped range. */
final class TestItem {

    static final String YAML = """
            - code: CL990
              unifiedCode: "330106990000"
              name: 测试事项：残疾人辅助器具适配补贴
              aliases: [轮椅补贴, 配助听器]
              department: CL
              assistingDepartments: []
              category: 残疾人服务
              caseType: PROMISED
              legalBasis: [《中华人民共和国残疾人保障法》第四十八条]
              conditions: [持有第二代残疾人证的本县户籍残疾人]
              materials:
                - {name: 残疾人证, role: MAIN, form: ORIGINAL_AND_COPY, copies: 1, required: true, note: 第二代残疾人证}
                - {name: 辅助器具购买发票, role: SUPPORTING, form: ORIGINAL, copies: 1, required: false, note: 已自购的提供}
              procedure: [申请, 受理, 评估, 审批, 发放]
              statutoryDays: 20
              promisedDays: 10
              fee: 不收费
              feeBasis: 无
              windows: [C06]
              authority: 受理、审核
              phone: 0571-64010160
              responsible: 康复部 测试员
              online: true
              visits: 1
              multiFloor: false
              faq: []
              form:
                - {key: deviceType, label: 辅助器具类别, type: SELECT, required: true, options: [助听器, 轮椅], maxLength: 0}
            """;

    private TestItem() {
    }
}
