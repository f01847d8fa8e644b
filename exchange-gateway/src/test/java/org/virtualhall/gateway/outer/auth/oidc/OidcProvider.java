package org.virtualhall.gateway.outer.auth.oidc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.virtualhall.launch.process.FreePorts;

/**
 * A real OpenID Connect provider standing in for the province's platform: Spring Authorization Server with one
 * registered client (the hall: client_secret_basic, PKCE required, no consent page) and form login for its citizens,
 * whose ID tokens carry the claims the test gives them. Passwords and the client secret are made up at each start.
 */
final class OidcProvider implements AutoCloseable {

    static final String CLIENT_ID = "virtual-hall";

    private final int port = FreePorts.next();
    private final String clientSecret = UUID.randomUUID().toString();
    private final Map<String, Citizen> citizens = new LinkedHashMap<>();
    private ConfigurableApplicationContext context;

    /** A citizen who can sign in as {@code username}, with a password made up now; the ID token carries {@code claims}. */
    OidcProvider citizen(String username, Map<String, Object> claims) {
        citizens.put(username, new Citizen(UUID.randomUUID().toString(), Map.copyOf(claims)));
        return this;
    }

    String issuer() {
        return "http://127.0.0.1:" + port;
    }

    String clientSecret() {
        return clientSecret;
    }

    String password(String username) {
        return citizens.get(username).password();
    }

    /** Starts the provider; it accepts the hall's callback at {@code callback}, on any loopback port. */
    OidcProvider start(String callback) {
        String client = "--spring.security.oauth2.authorizationserver.client.hall.";
        List<String> args = new ArrayList<>(List.of(
                // none of the gateway's application*.yml
                "--spring.config.name=oidc-test-provider",
                "--server.address=127.0.0.1", "--server.port=" + port,
                // cookies do not tell ports apart: the provider's session must not meet the hall's cookies by name
                "--server.servlet.session.cookie.name=PROVIDER_SESSION",
                "--spring.security.oauth2.authorizationserver.issuer=" + issuer(),
                client + "registration.client-id=" + CLIENT_ID,
                client + "registration.client-secret={noop}" + clientSecret,
                client + "registration.client-authentication-methods=client_secret_basic",
                client + "registration.authorization-grant-types=authorization_code",
                client + "registration.redirect-uris=" + callback,
                client + "registration.scopes=openid,profile,phone",
                client + "require-proof-key=true",
                client + "require-authorization-consent=false",
                "--spring.main.banner-mode=off",
                "--logging.structured.format.console=",
                "--logging.level.root=WARN"));
        Citizens registered = new Citizens(Map.copyOf(citizens));
        context = new SpringApplicationBuilder(Application.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("citizens", registered))
                .run(args.toArray(String[]::new));
        return this;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }

    private record Citizen(String password, Map<String, Object> claims) {
    }

    /** Who may sign in at the provider, handed to its beans. */
    record Citizens(Map<String, Citizen> byUsername) {
    }

    /**
     * The provider's application: only the web, security and authorization server auto-configurations, so none of the
     * gateway's (broker, database, routes) start with it. Not a component: the gateway's scan never picks it up.
     */
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
            DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
            JacksonAutoConfiguration.class, SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
            OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class})
    static class Application {

        @Bean
        UserDetailsService users(Citizens citizens) {
            InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
            citizens.byUsername().forEach((name, c) ->
                    users.createUser(User.withUsername(name).password("{noop}" + c.password()).roles("CITIZEN").build()));
            return users;
        }

        /** The platform's real-name claims go into the ID token. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> realNameClaims(Citizens citizens) {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    Citizen who = citizens.byUsername().get(context.getPrincipal().getName());
                    context.getClaims().claims(claims -> claims.putAll(who.claims()));
                }
            };
        }
    }
}
