package org.virtualhall.gateway.inner.transform;

import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.bundle.Hmac;
import org.virtualhall.gateway.inner.InnerProperties;
import org.virtualhall.gateway.inner.InnerRefusal;
import org.virtualhall.gateway.supplement.Supplement;
import org.virtualhall.model.submission.Attachment;
import org.virtualhall.model.submission.Submission;

/**
 * 异构转换 and 对照匹配: a submission in the hall's format becomes an intake record in the approval system's,
 * with the item, its department and the hall's region mapped through the code tables. A code with no match
 * is refused into quarantine rather than guessed.
 */
@Component
@Profile("inner")
public class Transformer {

    private static final Pattern ITEM_CODE = Pattern.compile("([A-Z]{2,5})\\d{3}");

    private final CodeTables codes;
    private final String regionCode;

    Transformer(CodeTables codes, InnerProperties props) {
        this.codes = codes;
        this.regionCode = props.regionCode();
    }

    public IntakeRecord transform(Submission s) {
        Matcher m = ITEM_CODE.matcher(s.itemCode() == null ? "" : s.itemCode());
        if (!m.matches()) {
            throw refused("事项编码格式不正确：" + s.itemCode());
        }
        String item = codes.item(s.itemCode()).orElseThrow(() -> refused("对照匹配失败：事项编码 " + s.itemCode()
                + " 在事项对照表中没有对应的审批事项编码"));
        String department = codes.department(m.group(1)).orElseThrow(() -> refused("对照匹配失败：部门编码 "
                + m.group(1) + " 在部门对照表中没有对应的组织机构编码"));
        String region = codes.region(regionCode).orElseThrow(() -> refused("对照匹配失败：行政区划 " + regionCode
                + " 在区划对照表中没有对应的统计用区划代码"));
        List<IntakeRecord.Cl> materials = s.materials().stream().map(Transformer::material).toList();
        return new IntakeRecord(s.receipt(), item, department, region,
                new IntakeRecord.Sqr(s.applicant().name(), s.applicant().idNumber(), s.applicant().mobile()),
                s.form(), materials, s.submittedAt().toString(), s.source());
    }

    /** 异构转换 of a supplement: its materials as the approval system stores them; no codes to map. */
    public SupplementRecord transform(Supplement s) {
        return new SupplementRecord(s.id(), s.materials().stream().map(Transformer::material).toList(), s.note(),
                s.submittedAt().toString(), s.source());
    }

    private static IntakeRecord.Cl material(Attachment a) {
        byte[] data = Base64.getDecoder().decode(a.base64());
        return new IntakeRecord.Cl(a.name(), a.contentType(), data.length, Hmac.sha256(data), a.base64());
    }

    private static InnerRefusal refused(String reason) {
        return new InnerRefusal(InnerRefusal.REFUSED, reason);
    }
}
