package org.virtualhall.gateway.outer.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.virtualhall.gateway.gap.bundle.Hmac;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Applicant;
import org.virtualhall.model.validation.MobileNumber;

/** Issues and verifies applicant tokens: {@code v1.<claims, base64url JSON>.<HMAC-SHA256, base64url>}. */
@Service
@Profile("outer")
public class TokenService {

    private static final String PREFIX = "v1.";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Hmac hmac;
    private final AuthProperties props;
    private final Clock clock;

    public TokenService(AuthProperties props, Clock clock) {
        this.hmac = new Hmac(props.tokenKey());
        this.props = props;
        this.clock = clock;
    }

    public IssuedToken issue(Applicant applicant) {
        Instant expires = clock.instant().plus(props.tokenTtl());
        TokenClaims claims = new TokenClaims(applicant.idNumber().trim().toUpperCase(), applicant.name().trim(),
                MobileNumber.normalise(applicant.mobile()), expires.getEpochSecond(), UUID.randomUUID().toString());
        try {
            String payload = B64.encodeToString(HallJson.wire().writeValueAsBytes(claims));
            return new IssuedToken(PREFIX + payload + "." + signature(payload), expires);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a valid bearer token; a 401 refusal otherwise. */
    public TokenClaims verify(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized("missing_token", "缺少身份令牌，请先实名认证（Authorization: Bearer <令牌>）");
        }
        String token = authorization.startsWith("Bearer ") ? authorization.substring(7).trim() : authorization.trim();
        String[] parts = token.startsWith(PREFIX) ? token.substring(PREFIX.length()).split("\\.", -1) : new String[0];
        if (parts.length != 2 || parts[0].isEmpty()) {
            throw unauthorized("invalid_token", "身份令牌格式不正确");
        }
        if (!hmac.verify(hmacHex(parts[1]), parts[0].getBytes(StandardCharsets.US_ASCII))) {
            throw unauthorized("invalid_token", "身份令牌签名无效（伪造或已被篡改）");
        }
        TokenClaims claims;
        try {
            claims = HallJson.wire().readValue(Base64.getUrlDecoder().decode(parts[0]), TokenClaims.class);
        } catch (IOException | IllegalArgumentException e) {
            throw unauthorized("invalid_token", "身份令牌内容无法解析");
        }
        if (claims.exp() <= clock.instant().getEpochSecond()) {
            throw unauthorized("expired_token", "身份令牌已过期，请重新实名认证");
        }
        return claims;
    }

    private String signature(String payload) {
        return B64.encodeToString(java.util.HexFormat.of().parseHex(hmac.sign(payload.getBytes(StandardCharsets.US_ASCII))));
    }

    private static String hmacHex(String b64) {
        try {
            return java.util.HexFormat.of().formatHex(Base64.getUrlDecoder().decode(b64));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static Refusal unauthorized(String error, String reason) {
        return new Refusal(HttpStatus.UNAUTHORIZED, error, reason, "Authorization");
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }
}
