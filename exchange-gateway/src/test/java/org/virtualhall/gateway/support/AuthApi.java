package org.virtualhall.gateway.support;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.model.submission.Applicant;

/**
 * The sign-in endpoints of the outer hall API one call at a time, for the tests that try each step and each way
 * in; {@code address} is the client's address as a balancer forwards it ({@code X-Forwarded-For}).
 */
public final class AuthApi {

    private final JsonHttp http;

    public AuthApi(String base) {
        this.http = JsonHttp.to(URI.create(base));
    }

    public Answer smsCode(String mobile, String address) {
        return http.post("/api/auth/sms-code", mobile == null ? Map.of() : Map.of("mobile", mobile), from(address));
    }

    public Answer token(Applicant who, String code, String address) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("name", who.name());
        body.put("idNumber", who.idNumber());
        body.put("mobile", who.mobile());
        if (code != null) {
            body.put("code", code);
        }
        return http.post("/api/auth/token", body, from(address));
    }

    public Answer refresh(String refreshToken) {
        return http.post("/api/auth/refresh", Map.of("refreshToken", refreshToken));
    }

    public Answer signOut(String token) {
        return http.post("/api/auth/sign-out", "", JsonHttp.bearer(token));
    }

    /** {@code GET /api/submissions} with the token: what a token is good for. */
    public Answer mine(String token) {
        return http.get("/api/submissions", JsonHttp.bearer(token));
    }

    public Answer get(String path, String token) {
        return http.get(path, JsonHttp.bearer(token));
    }

    private static Map<String, String> from(String address) {
        return Map.of("X-Forwarded-For", address);
    }
}
