package org.virtualhall.gateway.outer.check;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.outer.auth.TokenClaims;
import org.virtualhall.gateway.outer.intake.IntakeRequest;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.submission.Applicant;
import org.virtualhall.model.validation.MobileNumber;

/** 身份认证: the token (already verified) must belong to the applicant named in the submission. */
@Component
@Profile("outer")
public class IdentityCheck {

    public void check(IntakeRequest intake) {
        Applicant applicant = intake.request().applicant();
        if (applicant == null) {
            throw Refusal.badRequest("missing_field", "缺少申请人信息", "applicant");
        }
        TokenClaims claims = intake.claims();
        if (applicant.idNumber() == null || !claims.sub().equals(applicant.idNumber().trim().toUpperCase())) {
            throw forbidden("申请人身份证号码与身份令牌不一致：只能以本人身份申报", "applicant.idNumber");
        }
        if (applicant.name() == null || !claims.name().equals(applicant.name().trim())) {
            throw forbidden("申请人姓名与身份令牌不一致", "applicant.name");
        }
        if (applicant.mobile() == null || !claims.mobile().equals(MobileNumber.normalise(applicant.mobile()))) {
            throw forbidden("申请人手机号码与身份令牌不一致", "applicant.mobile");
        }
    }

    private static Refusal forbidden(String reason, String field) {
        return new Refusal(HttpStatus.FORBIDDEN, "token_mismatch", reason, field);
    }
}
