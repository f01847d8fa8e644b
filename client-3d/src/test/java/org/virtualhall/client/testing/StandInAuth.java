package org.virtualhall.client.testing;

import static org.virtualhall.client.testing.Exchanges.error;
import static org.virtualhall.client.testing.Exchanges.noContent;
import static org.virtualhall.client.testing.Exchanges.reply;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.validation.MobileNumber;

/**
 * The sign-in part of the stand-in hall API: SMS codes appended to an outbox file as the gateway's embedded outbox
 * does ({@code {"at","mobile","text","code"}} per line), sessions of an access token and a rotating refresh token,
 * sign-out, and {@code GET /api/auth/methods} with the SMS code only.
 */
final class StandInAuth {

    private final Path outbox;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private final Map<String, String> access = new ConcurrentHashMap<>();
    private final Map<String, String> refresh = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicInteger renewals = new AtomicInteger();
    private final AtomicInteger signOuts = new AtomicInteger();
    private volatile Duration tokenLife = Duration.ofMinutes(30);

    StandInAuth(HttpServer server) throws IOException {
        this.outbox = Files.createTempFile("sms-outbox", ".jsonl");
        outbox.toFile().deleteOnExit();
        server.createContext("/api/auth/methods", ex -> reply(ex, 200, Map.of("sms", true, "oidc", Map.of("enabled", false))));
        server.createContext("/api/auth/sms-code", this::smsCode);
        server.createContext("/api/auth/token", this::token);
        server.createContext("/api/auth/refresh", this::refresh);
        server.createContext("/api/auth/sign-out", this::signOut);
    }

    Path outbox() {
        return outbox;
    }

    void tokenLife(Duration life) {
        tokenLife = life;
    }

    /** Every session ends, as after a sign-out elsewhere: their tokens are refused from now on. */
    void revokeAll() {
        access.clear();
        refresh.clear();
    }

    int renewals() {
        return renewals.get();
    }

    int signOuts() {
        return signOuts.get();
    }

    /** The ID number of a valid bearer token. */
    Optional<String> person(HttpExchange ex) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        return auth == null ? Optional.empty() : Optional.ofNullable(access.get(auth.replace("Bearer ", "")));
    }

    private void smsCode(HttpExchange ex) throws IOException {
        String mobile = HallJson.wire().readTree(ex.getRequestBody()).path("mobile").asText();
        if (!MobileNumber.isValid(mobile)) {
            error(ex, 400, "invalid_mobile", "手机号码应为11位数字，以13至19开头", "mobile");
            return;
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        codes.put(mobile, code);
        Instant now = Instant.now();
        String line = HallJson.wire().writeValueAsString(Map.of("at", now.toString(), "mobile", mobile,
                "text", "【青溪县政务服务】您的验证码为" + code + "，5分钟内有效。", "code", code)) + "\n";
        Files.writeString(outbox, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        reply(ex, 202, Map.of("expiresAt", now.plusSeconds(300).toString(), "resendAfter", now.plusSeconds(60).toString()));
    }

    private void token(HttpExchange ex) throws IOException {
        JsonNode body = HallJson.wire().readTree(ex.getRequestBody());
        if (body.path("idNumber").asText().length() != 18) {
            error(ex, 400, "invalid_id_number", "身份证号码不正确", "idNumber");
            return;
        }
        String code = body.path("code").asText();
        if (code.isEmpty()) {
            error(ex, 400, "missing_field", "缺少短信验证码", "code");
            return;
        }
        if (!code.equals(codes.remove(body.path("mobile").asText()))) {
            error(ex, 401, "invalid_code", "验证码不正确", "code");
            return;
        }
        issue(ex, body.path("idNumber").asText());
    }

    private void refresh(HttpExchange ex) throws IOException {
        String person = refresh.remove(HallJson.wire().readTree(ex.getRequestBody()).path("refreshToken").asText());
        if (person == null) {
            error(ex, 401, "revoked", "登录已失效（已退出或会话已撤销），请重新登录", "refreshToken");
            return;
        }
        renewals.incrementAndGet();
        issue(ex, person);
    }

    private void signOut(HttpExchange ex) throws IOException {
        String auth = String.valueOf(ex.getRequestHeaders().getFirst("Authorization")).replace("Bearer ", "");
        if (access.remove(auth) == null) {
            error(ex, 401, "revoked", "登录已失效", "Authorization");
            return;
        }
        signOuts.incrementAndGet();
        noContent(ex);
    }

    private void issue(HttpExchange ex, String idNumber) throws IOException {
        int n = issued.incrementAndGet();
        String token = "t-" + idNumber + "-" + n;
        String refreshToken = "r-" + n;
        access.put(token, idNumber);
        refresh.put(refreshToken, idNumber);
        Instant now = Instant.now();
        reply(ex, 200, Map.of("token", token, "expiresAt", now.plus(tokenLife).toString(), "refreshToken", refreshToken,
                "refreshExpiresAt", now.plus(Duration.ofDays(7)).toString()));
    }
}
