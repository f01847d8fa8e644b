package org.virtualhall.gateway.outer.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.virtualhall.gateway.gap.bundle.Hmac;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.json.HallJson;

/**
 * The two self-contained signed tokens of a session, signed with the outer side's token key (HMAC-SHA256):
 * access tokens {@code v2.<claims, base64url JSON>.<signature>} and refresh tokens
 * {@code r1.<session>.<generation>.<signature>}. Whether a session was revoked is not the token's to say
 * ({@link CitizenSessions}).
 */
@Service
@Profile("outer")
public class TokenService {

    private static final String ACCESS = "v2.";
    private static final String REFRESH = "r1.";
    private static final Pattern SESSION = Pattern.compile("[0-9a-f-]{36}");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Hmac hmac;
    private final Clock clock;

    public TokenService(AuthProperties props, Clock clock) {
        this.hmac = new Hmac(props.tokenKey());
        this.clock = clock;
    }

    public String access(TokenClaims claims) {
        try {
            String payload = B64.encodeToString(HallJson.wire().writeValueAsBytes(claims));
            return ACCESS + payload + "." + signature(payload);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a well-signed, unexpired bearer token; a 401 refusal otherwise. */
    public TokenClaims verifyAccess(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized("missing_token", "缺少身份令牌，请先登录（Authorization: Bearer <令牌>）", "Authorization");
        }
        String token = authorization.startsWith("Bearer ") ? authorization.substring(7).trim() : authorization.trim();
        String[] parts = token.startsWith(ACCESS) ? token.substring(ACCESS.length()).split("\\.", -1) : new String[0];
        if (parts.length != 2 || parts[0].isEmpty()) {
            throw unauthorized("invalid_token", "身份令牌格式不正确", "Authorization");
        }
        if (!signed(parts[0], parts[1])) {
            throw unauthorized("invalid_token", "身份令牌签名无效（伪造或已被篡改）", "Authorization");
        }
        TokenClaims claims;
        try {
            claims = HallJson.wire().readValue(Base64.getUrlDecoder().decode(parts[0]), TokenClaims.class);
        } catch (IOException | IllegalArgumentException e) {
            throw unauthorized("invalid_token", "身份令牌内容无法解析", "Authorization");
        }
        if (claims.sub() == null || claims.sid() == null) {
            throw unauthorized("invalid_token", "身份令牌缺少身份或会话", "Authorization");
        }
        if (claims.exp() <= clock.instant().getEpochSecond()) {
            throw unauthorized("expired_token", "身份令牌已过期，请刷新令牌或重新登录", "Authorization");
        }
        return claims;
    }

    public String refresh(String session, int generation) {
        String payload = session + "." + generation;
        return REFRESH + payload + "." + signature(REFRESH + payload);
    }

    /** The session and generation of a well-signed refresh token; a 401 refusal naming {@code refreshToken} otherwise. */
    public RefreshClaim readRefresh(String refreshToken) {
        String[] parts = refreshToken.startsWith(REFRESH) ? refreshToken.substring(REFRESH.length()).split("\\.", -1)
                : new String[0];
        if (parts.length != 3 || !SESSION.matcher(parts[0]).matches() || !parts[1].matches("\\d{1,9}")
                || !signed(REFRESH + parts[0] + "." + parts[1], parts[2])) {
            throw unauthorized("invalid_token", "刷新令牌无效（伪造、已被篡改或格式不正确）", "refreshToken");
        }
        return new RefreshClaim(parts[0], Integer.parseInt(parts[1]));
    }

    private String signature(String payload) {
        return B64.encodeToString(HexFormat.of().parseHex(hmac.sign(payload.getBytes(StandardCharsets.US_ASCII))));
    }

    private boolean signed(String payload, String signature) {
        try {
            return hmac.verify(HexFormat.of().formatHex(Base64.getUrlDecoder().decode(signature)),
                    payload.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Refusal unauthorized(String error, String reason, String field) {
        return new Refusal(HttpStatus.UNAUTHORIZED, error, reason, field);
    }

    /** A refresh token's session and the generation it was issued as (each refresh issues the next). */
    public record RefreshClaim(String session, int generation) {
    }
}
