package org.virtualhall.gateway.outer.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.util.UriComponentsBuilder;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Applicant;

/**
 * A citizen signs in to the outer role through a real OpenID Connect provider (Spring Authorization Server) the way a
 * desktop client has it done: the browser goes from the hall's start into the provider, logs in with the provider's
 * form, comes back through the hall's callback and lands on the client's loopback server with a ticket, which the
 * client exchanges for the hall's token and uses. The gateway knows the provider only by configuration.
 */
class OidcSignInTests {

    private static final String WEB_ORIGIN = "https://hall.example.gov.cn";
    /** The province's platform calls its ID number claim differently from the default: configured, not coded. */
    private static final String ID_CLAIM = "id_card";
    private static final Applicant LI = new Applicant("李晓梅", Applicants.idNumber(11), "13912345678");

    @TempDir
    static Path home;
    static OidcProvider provider;
    static ConfigurableApplicationContext outer;
    static HallClient client;
    static CallbackServer callback;
    static HallClient.Response startWhileProviderDown;

    @BeforeAll
    static void start() throws Exception {
        String valid = Applicants.idNumber(12);
        String wrongCheckDigit = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        provider = new OidcProvider()
                .citizen("lixiaomei", Map.of("name", LI.name(), ID_CLAIM, LI.idNumber(), "phone_number", "+86 139 1234 5678"))
                .citizen("wangwu", Map.of("name", "王五", "phone_number", "13800000001"))
                .citizen("zhaoliu", Map.of("name", "赵六", ID_CLAIM, wrongCheckDigit, "phone_number", "13800000002"));
        String oidc = "--hall.gateway.outer.auth.oidc.";
        outer = GatewayCluster.runRole("outer", home, "http://127.0.0.1:9", List.of(
                oidc + "issuer-uri=" + provider.issuer(),
                oidc + "client-id=" + OidcProvider.CLIENT_ID,
                oidc + "client-secret=" + provider.clientSecret(),
                oidc + "claims.id-number=" + ID_CLAIM,
                oidc + "web-origins=" + WEB_ORIGIN));
        outer.getBean(HallCatalog.class).publish(TestHall.withTestItems(), Instant.now());
        client = GatewayCluster.citizenClient(outer);
        callback = new CallbackServer();
        // the gateway started without its provider, which it reads only when a citizen signs in
        startWhileProviderDown = client.get(start(callback.url()), null);
        provider.start(GatewayCluster.baseUrl(outer) + OidcPaths.CALLBACK);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {callback, outer, provider}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aCitizenSignsInAtTheProviderAndUsesTheHallWithTheTicketsToken() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> loginPage = browser.open(GatewayCluster.baseUrl(outer) + start(callback.url()));
        assertThat(loginPage.uri().toString()).startsWith(provider.issuer() + "/login");

        HttpResponse<String> landed = browser.logIn(loginPage, "lixiaomei", provider.password("lixiaomei"));

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().toString()).startsWith(callback.url() + "?ticket=");
        assertThat(browser.visited()).extracting(URI::getPath).containsSubsequence(OidcPaths.START, "/oauth2/authorize",
                "/login", "/oauth2/authorize", OidcPaths.CALLBACK, "/callback");
        assertThat(browser.cookieNames()).as("the hall keeps no session").containsExactly("PROVIDER_SESSION");
        Map<String, String> atClient = callback.next();
        assertThat(atClient).containsOnlyKeys("ticket");

        HallClient.Response signedIn = exchange(atClient.get("ticket"));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        JsonNode session = signedIn.json();
        List<String> fields = new ArrayList<>();
        session.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("token", "expiresAt", "refreshToken", "refreshExpiresAt");
        assertThat(Instant.parse(session.get("expiresAt").asText())).isAfter(Instant.now());
        assertThat(Instant.parse(session.get("refreshExpiresAt").asText())).isAfter(Instant.now());
        HallClient.Response refreshed = client.post("/api/auth/refresh",
                HallJson.wire().writeValueAsBytes(Map.of("refreshToken", session.get("refreshToken").asText())), null);
        assertThat(refreshed.status()).as("a session like an SMS sign-in's: " + refreshed.body()).isEqualTo(200);
        String token = refreshed.json().get("token").asText();

        HallClient.Response submitted = client.submit(token, HallClient.goodSubmission(LI));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String receipt = submitted.json().get("receipt").asText();
        HallClient.Response timeline = client.get("/api/submissions/" + receipt, token);
        assertThat(timeline.status()).as(timeline.body()).isEqualTo(200);
        assertThat(timeline.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(client.get("/api/submissions/" + receipt, client.token(Applicants.applicant(13))).status())
                .as("someone else's token").isEqualTo(404);
    }

    @Test
    void startSendsTheBrowserIntoTheProviderWithStateNonceAndPkceAndNoSession() throws Exception {
        HallClient.Response started = client.get(start(callback.url()), null);

        assertThat(started.status()).isEqualTo(302);
        URI location = URI.create(started.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(provider.issuer() + "/oauth2/authorize?");
        Map<String, String> query = UriComponentsBuilder.fromUri(location).build().getQueryParams().toSingleValueMap();
        assertThat(query).containsEntry("client_id", OidcProvider.CLIENT_ID).containsEntry("response_type", "code")
                .containsEntry("code_challenge_method", "S256").containsKeys("state", "nonce", "code_challenge");
        assertThat(decode(query.get("redirect_uri"))).isEqualTo(GatewayCluster.baseUrl(outer) + OidcPaths.CALLBACK);
        assertThat(decode(query.get("scope"))).contains("openid");
        List<String> cookies = started.headers().allValues("Set-Cookie");
        assertThat(cookies).singleElement().asString().startsWith(PendingLogins.COOKIE + "=").contains("HttpOnly")
                .contains("Path=" + OidcPaths.CALLBACK);
    }

    @Test
    void aConfiguredWebOriginMayReceiveTheTicket() throws Exception {
        HallClient.Response started = client.get(start(WEB_ORIGIN + "/zh/signed-in?from=hall"), null);

        assertThat(started.status()).as(started.body()).isEqualTo(302);
        assertThat(started.headers().firstValue("Location").orElseThrow()).startsWith(provider.issuer());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hall.example.gov.cn/zh/signed-in", "https://evil.example/callback",
            "https://hall.example.gov.cn.evil.example/callback", "https://hall.example.gov.cn:8443/callback",
            "http://localhost:50000/callback", "https://127.0.0.1:50000/callback", "http://127.0.0.2.nip.io/callback",
            "http://evil.example@127.0.0.1:50000/callback", "http://127.0.0.1:50000/callback#ticket",
            "javascript:alert(1)", "/callback", "not a url", ""})
    void aRedirectThatIsNeitherLoopbackNorAConfiguredOriginIsRefused(String redirect) throws Exception {
        HallClient.Response refused = client.get(start(redirect), null);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("redirect");
        assertThat(refused.json().get("error").asText()).isIn("invalid_redirect", "missing_field");
        assertThat(refused.json().get("reason").asText()).isNotBlank();
        assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aTicketIsExchangedOnlyOnce() throws Exception {
        String ticket = signIn("lixiaomei").get("ticket");

        assertThat(exchange(ticket).status()).isEqualTo(200);
        HallClient.Response replay = exchange(ticket);
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().get("error").asText()).isEqualTo("used_ticket");
        assertThat(replay.json().get("field").asText()).isEqualTo("ticket");
    }

    @Test
    void anExpiredTicketIsRefused() throws Exception {
        String ticket = signIn("lixiaomei").get("ticket");
        // its two minutes pass
        int aged = outer.getBean(JdbcTemplate.class).update("UPDATE oidc_ticket SET expires_at = ? WHERE ticket_hash = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), Secrets.hash(ticket));
        assertThat(aged).isEqualTo(1);

        HallClient.Response expired = exchange(ticket);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("error").asText()).isEqualTo("expired_ticket");
        assertThat(expired.json().get("field").asText()).isEqualTo("ticket");
    }

    @Test
    void anUnknownTicketIsRefusedAndAMissingOneNamesTheField() throws Exception {
        HallClient.Response unknown = exchange("made-up-ticket");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().get("error").asText()).isEqualTo("invalid_ticket");

        HallClient.Response missing = client.post(OidcPaths.TICKET, "{}".getBytes(StandardCharsets.UTF_8), null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("field").asText()).isEqualTo("ticket");
    }

    @Test
    void aMissingClaimIsRefusedAtTheClientNamingTheClaim() throws Exception {
        Map<String, String> atClient = signIn("wangwu");

        assertThat(atClient).doesNotContainKey("ticket").containsEntry("error", "missing_claim").containsEntry("field", ID_CLAIM);
        assertThat(atClient.get("reason")).contains("身份证号码", ID_CLAIM);
    }

    @Test
    void anIdNumberThatFailsItsCheckDigitIsRefused() throws Exception {
        Map<String, String> atClient = signIn("zhaoliu");

        assertThat(atClient).doesNotContainKey("ticket").containsEntry("error", "invalid_claim").containsEntry("field", ID_CLAIM);
        assertThat(atClient.get("reason")).contains("校验位");
    }

    @Test
    void aCitizenWhoCancelsAtTheProviderIsToldSoAtTheClient() throws Exception {
        Browser browser = new Browser();
        browser.open(GatewayCluster.baseUrl(outer) + start(callback.url()));
        URI authorize = browser.visited().stream().filter(u -> u.getPath().equals("/oauth2/authorize")).findFirst().orElseThrow();
        String state = UriComponentsBuilder.fromUri(authorize).build().getQueryParams().getFirst("state");

        // what a provider sends back when the citizen cancels (RFC 6749 4.1.2.1)
        browser.open(GatewayCluster.baseUrl(outer) + OidcPaths.CALLBACK + "?error=access_denied&state=" + state);

        Map<String, String> atClient = callback.next();
        assertThat(atClient).doesNotContainKey("ticket").containsEntry("error", "access_denied");
        assertThat(atClient.get("reason")).contains("取消");
    }

    @Test
    void theProvidersAnswerIsTakenOnceAndOnlyForALoginOfThisHall() throws Exception {
        Browser browser = new Browser();
        browser.logIn(browser.open(GatewayCluster.baseUrl(outer) + start(callback.url())), "lixiaomei",
                provider.password("lixiaomei"));
        callback.next();
        URI answer = browser.visited().stream().filter(u -> u.getPath().equals(OidcPaths.CALLBACK)).findFirst().orElseThrow();

        HttpResponse<String> again = browser.open(answer.toString());
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(HallJson.wire().readTree(again.body()).get("error").asText()).isEqualTo("login_expired");
        HttpResponse<String> madeUp = new Browser().open(GatewayCluster.baseUrl(outer) + OidcPaths.CALLBACK + "?code=x&state=y");
        assertThat(madeUp.statusCode()).isEqualTo(400);
        assertThat(HallJson.wire().readTree(madeUp.body()).get("field").asText()).isEqualTo("state");
    }

    @Test
    void whileTheProviderCannotBeReachedStartAnswers503() {
        assertThat(startWhileProviderDown.status()).as(startWhileProviderDown.body()).isEqualTo(503);
        assertThat(startWhileProviderDown.json().get("error").asText()).isEqualTo("unavailable");
    }

    @Test
    void methodsOfferTheProvider() throws Exception {
        HallClient.Response methods = client.get("/api/auth/methods", null);

        assertThat(methods.json()).isEqualTo(HallJson.wire().readTree(
                "{\"sms\": true, \"oidc\": {\"enabled\": true, \"name\": \"省统一身份认证平台\"}}"));
    }

    @Test
    void springSecuritysDefaultsStayOutOfTheRestOfTheApi() throws Exception {
        assertThat(outer.getBeansOfType(UserDetailsService.class)).as("no generated password").isEmpty();
        assertThat(outer.getBeansOfType(SecurityFilterChain.class)).hasSize(1);
        HallClient.Response loginPage = client.get("/login", null);
        assertThat(loginPage.status()).isEqualTo(404);
        assertThat(client.get("/actuator/health", null).status()).isEqualTo(200);
        HallClient.Response codeSent = client.post("/api/auth/sms-code",
                HallJson.wire().writeValueAsBytes(Map.of("mobile", Applicants.applicant(14).mobile())), null);
        assertThat(codeSent.status()).as(codeSent.body()).isEqualTo(202);
        assertThat(codeSent.headers().allValues("Set-Cookie")).isEmpty();
        HallClient.Response noToken = client.get("/api/submissions/SB20261202-2222222222", null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.json().get("error").asText()).isEqualTo("missing_token");
    }

    /** Signs in as the provider's {@code username} in a fresh browser; the parameters the client's callback got. */
    private static Map<String, String> signIn(String username) throws InterruptedException {
        Browser browser = new Browser();
        browser.logIn(browser.open(GatewayCluster.baseUrl(outer) + start(callback.url())), username,
                provider.password(username));
        return callback.next();
    }

    private static HallClient.Response exchange(String ticket) throws Exception {
        return client.post(OidcPaths.TICKET, HallJson.wire().writeValueAsBytes(Map.of("ticket", ticket)), null);
    }

    private static String start(String redirect) {
        return OidcPaths.START + "?redirect=" + JsonHttp.query(redirect);
    }

    private static String decode(String queryValue) {
        return URLDecoder.decode(queryValue, StandardCharsets.UTF_8);
    }
}
