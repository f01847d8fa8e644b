package org.virtualhall.gateway.outer.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.web.SecurityFilterChain;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.model.json.HallJson;

/** The embedded default: no issuer configured, so nothing of the OpenID Connect sign-in and no Spring Security is there. */
class OidcNotConfiguredTests {

    @TempDir
    static Path home;
    static ConfigurableApplicationContext outer;
    static HallClient client;

    @BeforeAll
    static void start() {
        outer = GatewayCluster.runRole("outer", home, "http://127.0.0.1:9", List.of());
        client = GatewayCluster.citizenClient(outer);
    }

    @AfterAll
    static void stop() {
        outer.close();
    }

    @Test
    void methodsSayTheProviderIsNotOffered() throws Exception {
        HallClient.Response methods = client.get("/api/auth/methods", null);

        assertThat(methods.status()).isEqualTo(200);
        assertThat(methods.json()).isEqualTo(HallJson.wire().readTree(
                "{\"sms\": true, \"oidc\": {\"enabled\": false, \"name\": \"省统一身份认证平台\"}}"));
    }

    @Test
    void theSignInPathsAreNotThere() throws Exception {
        assertThat(client.get(OidcPaths.START + "?redirect=http%3A%2F%2F127.0.0.1%3A50000%2Fcallback", null).status())
                .isEqualTo(404);
        assertThat(client.get(OidcPaths.CALLBACK + "?code=x&state=y", null).status()).isEqualTo(404);
        assertThat(client.post(OidcPaths.TICKET, "{\"ticket\":\"t\"}".getBytes(StandardCharsets.UTF_8), null).status())
                .isEqualTo(404);
    }

    @Test
    void noSpringSecurityAndNoneOfTheSignInsBeans() {
        assertThat(outer.getBeansOfType(SecurityFilterChain.class)).isEmpty();
        assertThat(outer.containsBean("springSecurityFilterChain")).isFalse();
        assertThat(outer.getBeanNamesForType(ProviderRegistration.class)).isEmpty();
        assertThat(outer.getBeanNamesForType(OidcTickets.class)).isEmpty();
    }

    @Test
    void citizensSignInWithAnSmsCodeAsBefore() throws Exception {
        String token = client.signIn(Applicants.applicant(21)).token();

        assertThat(client.get("/api/submissions", token).status()).isEqualTo(200);
    }
}
