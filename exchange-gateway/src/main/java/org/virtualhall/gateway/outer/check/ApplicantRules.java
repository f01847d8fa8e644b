package org.virtualhall.gateway.outer.check;

import java.util.regex.Pattern;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.submission.Applicant;
import org.virtualhall.model.validation.IdCardNumber;
import org.virtualhall.model.validation.MobileNumber;

/** The real-name applicant as the hall accepts one: a plausible name, a valid ID number, a mobile number. */
public final class ApplicantRules {

    /** Chinese names, with the middle dot of minority and foreign names, or Latin letters and spaces. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·•]{2,20}|[A-Za-z][A-Za-z .'-]{1,59}");

    private ApplicantRules() {
    }

    /** The applicant as stored and compared: name trimmed, ID number upper-case, the mobile's bare 11 digits. */
    public static Applicant normalised(Applicant applicant) {
        return new Applicant(applicant.name().trim(), applicant.idNumber().trim().toUpperCase(),
                MobileNumber.normalise(applicant.mobile()));
    }

    /** Refuses the first problem found; {@code prefix} is the field path of the applicant ("" or "applicant."). */
    public static void check(Applicant applicant, String prefix) {
        if (applicant == null) {
            throw Refusal.badRequest("missing_field", "缺少申请人信息（姓名、身份证号码、手机号码）",
                    prefix.isEmpty() ? "name" : prefix.substring(0, prefix.length() - 1));
        }
        if (applicant.name() == null || applicant.name().isBlank()) {
            throw Refusal.badRequest("missing_field", "姓名不能为空", prefix + "name");
        }
        if (!NAME.matcher(applicant.name().trim()).matches()) {
            throw Refusal.badRequest("invalid_name", "姓名应为2至20个汉字（可含·）或拉丁字母", prefix + "name");
        }
        IdCardNumber.problem(applicant.idNumber()).ifPresent(p -> {
            throw Refusal.badRequest("invalid_id_number", p, prefix + "idNumber");
        });
        MobileNumber.problem(applicant.mobile()).ifPresent(p -> {
            throw Refusal.badRequest("invalid_mobile", p, prefix + "mobile");
        });
    }
}
