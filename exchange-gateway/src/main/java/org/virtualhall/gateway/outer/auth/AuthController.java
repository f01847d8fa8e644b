package org.virtualhall.gateway.outer.auth;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.outer.auth.operator.OperatorUnavailable;
import org.virtualhall.gateway.outer.auth.realname.RealNameCheck;
import org.virtualhall.gateway.outer.check.ApplicantRules;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.submission.Applicant;

/**
 * Signing in with an SMS code (docs/api.md): a code to the mobile, then name, ID number, mobile and the code for a
 * session, which is refreshed and signed out here too. Only the holder of the mobile gets a code, and only the
 * mobile bound to the ID number (实名) gets a session.
 */
@RestController
@Profile("outer")
class AuthController {

    private static final Logger LOG = LoggerFactory.getLogger(AuthController.class);

    private final SmsCodes codes;
    private final RealNameCheck realName;
    private final CitizenSessions sessions;
    private final AuthMetrics metrics;

    AuthController(SmsCodes codes, RealNameCheck realName, CitizenSessions sessions, AuthMetrics metrics) {
        this.codes = codes;
        this.realName = realName;
        this.sessions = sessions;
        this.metrics = metrics;
    }

    @PostMapping("/api/auth/sms-code")
    ResponseEntity<CodeSent> smsCode(@RequestBody(required = false) SmsCodeRequest body, HttpServletRequest http) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(codes.send(body == null ? null : body.mobile(),
                http.getRemoteAddr()));
    }

    @PostMapping("/api/auth/token")
    IssuedSession token(@RequestBody(required = false) SignInRequest body) {
        Applicant given = body == null ? null : body.applicant();
        ApplicantRules.check(given, "");
        if (body.code() == null || body.code().isBlank()) {
            throw metrics.refused("missing_code", Refusal.badRequest("missing_field",
                    "缺少短信验证码：请先获取验证码（POST /api/auth/sms-code），再连同验证码登录", "code"));
        }
        Applicant person = ApplicantRules.normalised(given);
        codes.check(person.mobile(), body.code().trim());
        try {
            realName.mismatch(person).ifPresent(reason -> {
                throw metrics.refused(new Refusal(HttpStatus.UNAUTHORIZED, "mobile_mismatch", reason, "mobile"));
            });
        } catch (OperatorUnavailable e) {
            LOG.warn("no real-name check for {}: {}", Masks.idNumber(person.idNumber()), e.getMessage());
            throw new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "real_name_unavailable", "实名核验服务暂时不可用，请稍后再试", null);
        }
        return sessions.signIn(person);
    }

    @PostMapping("/api/auth/refresh")
    IssuedSession refresh(@RequestBody(required = false) RefreshRequest body) {
        if (body == null || body.refreshToken() == null || body.refreshToken().isBlank()) {
            throw Refusal.badRequest("missing_field", "缺少刷新令牌", "refreshToken");
        }
        return sessions.refresh(body.refreshToken().trim());
    }

    @PostMapping("/api/auth/sign-out")
    ResponseEntity<Void> signOut(@RequestHeader(name = "Authorization", required = false) String authorization) {
        sessions.signOut(authorization);
        return ResponseEntity.noContent().build();
    }
}
