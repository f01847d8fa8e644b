package org.virtualhall.gateway.outer.auth;

import org.virtualhall.model.submission.Applicant;

/** The body of {@code POST /api/auth/token}: who signs in, and the code their mobile received. */
record SignInRequest(String name, String idNumber, String mobile, String code) {

    Applicant applicant() {
        return new Applicant(name, idNumber, mobile);
    }
}
