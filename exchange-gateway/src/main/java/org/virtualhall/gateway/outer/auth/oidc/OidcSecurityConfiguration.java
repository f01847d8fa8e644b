package org.virtualhall.gateway.outer.auth.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;
import org.springframework.security.web.context.NullSecurityContextRepository;

/**
 * Spring Security for one path only: the callback where the provider sends the citizen back, which Spring Security's
 * OAuth2 login checks (state, code exchange, ID token signature, issuer, audience, nonce, PKCE). The servlet filter is
 * mapped to that path alone, so every other endpoint keeps its own checks and sees no security filter at all: no
 * session, no CSRF, no login page, no generated password.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnOidc
class OidcSecurityConfiguration {

    @Bean
    SecurityFilterChain oidcCallback(HttpSecurity http, ProviderRegistration provider, PendingLogins pending,
                                     LoginOutcome outcome) throws Exception {
        return http.securityMatcher(OidcPaths.CALLBACK)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .oauth2Login(login -> login
                        .clientRegistrationRepository(provider)
                        .authorizedClientRepository(new KeepNoClients())
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestRepository(pending))
                        // the way in is the start endpoint; naming it keeps Spring Security from generating a page
                        .loginPage(OidcPaths.START)
                        .loginProcessingUrl(OidcPaths.CALLBACK)
                        .successHandler(outcome)
                        .failureHandler(outcome))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .build();
    }

    /** Spring Security's filter, on the callback path only. */
    @Bean
    DelegatingFilterProxyRegistrationBean oidcCallbackFilter() {
        DelegatingFilterProxyRegistrationBean registration =
                new DelegatingFilterProxyRegistrationBean(AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME);
        registration.setUrlPatterns(List.of(OidcPaths.CALLBACK));
        return registration;
    }

    /** The hall calls nothing on the citizen's behalf later: the provider's access token is dropped after the login. */
    private static final class KeepNoClients implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, Authentication principal,
                                                                         HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                                         HttpServletRequest request, HttpServletResponse response) {
            // kept nowhere
        }

        @Override
        public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
                                           HttpServletResponse response) {
            // nothing kept
        }
    }
}
