package org.virtualhall.gateway.outer.auth;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.outer.check.ApplicantRules;
import org.virtualhall.model.submission.Applicant;

/** 实名认证: a citizen names themself and gets a token for their submissions. */
@RestController
@Profile("outer")
class AuthController {

    private final TokenService tokens;

    AuthController(TokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/auth/token")
    TokenService.IssuedToken token(@RequestBody(required = false) Applicant applicant) {
        ApplicantRules.check(applicant, "");
        return tokens.issue(applicant);
    }
}
