package org.virtualhall.client.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.api.ApiException;

/** The loopback end of a sign-in at the identity platform, called as the browser calls it when the gateway redirects. */
class OidcSignInTests {

    private final HttpClient browser = HttpClient.newHttpClient();

    private HttpResponse<String> comeBack(URI redirect, String query) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(redirect + "?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBrowserBringsTheTicketBackToTheLoopbackListener() throws Exception {
        try (OidcSignIn signIn = OidcSignIn.listen()) {
            assertThat(signIn.redirect().toString()).matches("http://127\\.0\\.0\\.1:\\d+/callback");

            HttpResponse<String> page = comeBack(signIn.redirect(), "ticket=T-123");

            assertThat(signIn.ticket().get(5, TimeUnit.SECONDS)).isEqualTo("T-123");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("登录成功，请回到虚拟政务大厅");
        }
    }

    @Test
    void aFailedSignInComesBackWithItsReason() throws Exception {
        try (OidcSignIn signIn = OidcSignIn.listen()) {
            HttpResponse<String> page = comeBack(signIn.redirect(), "error=access_denied&reason="
                    + URLEncoder.encode("您取消了登录<b>", StandardCharsets.UTF_8));

            assertThatThrownBy(() -> signIn.ticket().get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.error()).isEqualTo("access_denied");
                        assertThat(e.getMessage()).isEqualTo("您取消了登录<b>");
                    });
            assertThat(page.body()).contains("登录未成功：您取消了登录&lt;b&gt;");
        }
    }
}
