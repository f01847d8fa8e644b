package org.virtualhall.gateway.outer.auth.oidc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.web.Refusal;

/**
 * How a login ends, at the client's redirect: {@code ?ticket=…} for a verified citizen, or
 * {@code ?error=…&reason=…&field=…} (the API's error shape) when the provider or its claims did not do. A provider's
 * answer that matches no login (unknown, spent, expired, or from another browser) has no redirect to go to and is
 * answered 400 here.
 */
@Component
@ConditionalOnOidc
class LoginOutcome implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LoginOutcome.class);

    private final CitizenClaims claims;
    private final OidcTickets tickets;
    private final ObjectMapper json;
    private final MeterRegistry meters;

    LoginOutcome(CitizenClaims claims, OidcTickets tickets, ObjectMapper json, MeterRegistry meters) {
        this.claims = claims;
        this.tickets = tickets;
        this.json = json;
        this.meters = meters;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication signedIn)
            throws IOException {
        String redirect = PendingLogins.redirectOf(request).orElseThrow();
        String ticket;
        try {
            ticket = tickets.issue(claims.citizen(((OidcUser) signedIn.getPrincipal()).getIdToken().getClaims()));
        } catch (Refusal r) {
            refuse(r, Optional.of(redirect), response);
            return;
        }
        send(redirect, Map.of(OidcTickets.FIELD, ticket), response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        Optional<String> redirect = PendingLogins.redirectOf(request);
        String code = failure instanceof OAuth2AuthenticationException o ? o.getError().getErrorCode() : "";
        LOG.info("sign-in through the identity provider failed: {}", failure.getMessage());
        refuse(refusal(code, redirect.isPresent()), redirect, response);
    }

    private static Refusal refusal(String code, boolean pending) {
        if (!pending) {
            return Refusal.badRequest("login_expired", "登录请求不存在、已完成或已过期，请回到客户端重新登录", "state");
        }
        return switch (code) {
            case "access_denied" -> new Refusal(HttpStatus.UNAUTHORIZED, "access_denied", "您在统一身份认证平台取消了登录", null);
            case "client_registration_not_found" -> new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                    "统一身份认证平台暂时无法访问，请稍后重试", null);
            default -> new Refusal(HttpStatus.UNAUTHORIZED, "oidc_failed", "统一身份认证未能完成（" + code + "），请重新登录", null);
        };
    }

    private void refuse(Refusal r, Optional<String> redirect, HttpServletResponse response) throws IOException {
        meters.counter("hall.refusals", "error", r.error()).increment();
        if (redirect.isPresent()) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("error", r.error());
            params.put("reason", r.getMessage());
            if (r.field() != null) {
                params.put("field", r.field());
            }
            send(redirect.get(), params, response);
            return;
        }
        response.setStatus(r.status().value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), r.body());
    }

    /** The validated redirect (no fragment) with the parameters appended to its query. */
    private static void send(String redirect, Map<String, String> params, HttpServletResponse response) {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        response.setStatus(HttpStatus.FOUND.value());
        response.setHeader(HttpHeaders.LOCATION, redirect + (redirect.contains("?") ? "&" : "?") + query);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
