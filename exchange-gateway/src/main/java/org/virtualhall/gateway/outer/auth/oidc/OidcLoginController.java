package org.virtualhall.gateway.outer.auth.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.outer.auth.IssuedSession;
import org.virtualhall.gateway.web.Refusal;

/**
 * The two ends a client calls: {@code start} sends the citizen's browser into the provider, and {@code ticket} turns
 * the one-time ticket the finished login left at the client's redirect into the hall's token. The provider's answer in
 * between is Spring Security's (the callback, {@link OidcSecurityConfiguration}).
 */
@RestController
@ConditionalOnOidc
class OidcLoginController {

    private final RedirectTargets targets;
    private final ProviderRegistration provider;
    private final DefaultOAuth2AuthorizationRequestResolver requests;
    private final PendingLogins pending;
    private final OidcTickets tickets;
    private final OidcSessionIssuer sessions;

    OidcLoginController(RedirectTargets targets, ProviderRegistration provider, PendingLogins pending, OidcTickets tickets,
                        OidcSessionIssuer sessions) {
        this.targets = targets;
        this.provider = provider;
        this.requests = new DefaultOAuth2AuthorizationRequestResolver(provider,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        this.pending = pending;
        this.tickets = tickets;
        this.sessions = sessions;
    }

    @GetMapping(OidcPaths.START)
    ResponseEntity<Void> start(@RequestParam(required = false) String redirect, HttpServletRequest request,
                               HttpServletResponse response) {
        URI target = targets.check(redirect);
        if (provider.findByRegistrationId(ProviderRegistration.ID) == null) {
            throw new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "统一身份认证平台暂时无法访问，请稍后重试", null);
        }
        OAuth2AuthorizationRequest login = PendingLogins.withRedirect(requests.resolve(request, ProviderRegistration.ID), target);
        pending.saveAuthorizationRequest(login, request, response);
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(login.getAuthorizationRequestUri()))
                .cacheControl(CacheControl.noStore()).build();
    }

    @PostMapping(OidcPaths.TICKET)
    IssuedSession ticket(@RequestBody(required = false) TicketRequest body) {
        return sessions.signIn(tickets.redeem(body == null ? null : body.ticket()));
    }

    /** The body of {@code POST /api/auth/oidc/ticket}. */
    record TicketRequest(String ticket) {
    }
}
