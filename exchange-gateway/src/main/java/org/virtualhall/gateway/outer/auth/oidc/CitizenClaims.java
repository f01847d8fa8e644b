package org.virtualhall.gateway.outer.auth.oidc;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.outer.check.ApplicantRules;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.submission.Applicant;
import org.virtualhall.model.validation.MobileNumber;

/**
 * The citizen an ID token vouches for, from the configured claims, held to the same rules as a citizen who names
 * themself. A refusal names the claim, so the platform's administrators know what to release.
 */
@Component
@ConditionalOnOidc
class CitizenClaims {

    private final OidcProperties.ClaimNames names;

    CitizenClaims(OidcProperties props) {
        this.names = props.claims();
    }

    Applicant citizen(Map<String, Object> claims) {
        Applicant said = new Applicant(claim(claims, names.name(), "姓名"), claim(claims, names.idNumber(), "身份证号码"),
                claim(claims, names.phone(), "手机号码"));
        try {
            ApplicantRules.check(said, "");
        } catch (Refusal r) {
            String claim = claimOf(r.field());
            throw refused("invalid_claim", "统一身份认证平台提供的" + r.getMessage() + "（声明 " + claim + "）", claim);
        }
        return new Applicant(said.name().trim(), said.idNumber().trim().toUpperCase(), MobileNumber.normalise(said.mobile()));
    }

    private static String claim(Map<String, Object> claims, String name, String what) {
        Object value = claims.get(name);
        if (value == null || value.toString().isBlank()) {
            throw refused("missing_claim", "统一身份认证平台未提供" + what + "（声明 " + name + "），无法完成实名登录，请联系平台开通该信息",
                    name);
        }
        return value.toString();
    }

    private String claimOf(String field) {
        return switch (field) {
            case "idNumber" -> names.idNumber();
            case "mobile" -> names.phone();
            default -> names.name();
        };
    }

    private static Refusal refused(String error, String reason, String claim) {
        return new Refusal(HttpStatus.UNAUTHORIZED, error, reason, claim);
    }
}
