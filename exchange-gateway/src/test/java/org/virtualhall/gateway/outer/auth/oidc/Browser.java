package org.virtualhall.gateway.outer.auth.oidc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A citizen's browser over real HTTP: it keeps cookies, follows redirects (a POST answered with a redirect goes on as a
 * GET) and remembers every address it was sent to, and it fills in and submits the login form a page shows.
 */
final class Browser {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*method=\"post\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input name=\"([^\"]+)\" type=\"hidden\" value=\"([^\"]*)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** What a browser accepts when it opens a page; the provider sends only browsers to its login page. */
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
            .cookieHandler(cookies).build();
    private final List<URI> visited = new ArrayList<>();

    /** Opens the address and follows where it leads; the last page. */
    HttpResponse<String> open(String address) {
        return follow(page(URI.create(address)).GET().build());
    }

    /** Fills the page's login form (its hidden fields kept) with the credentials, submits it and follows the answer. */
    HttpResponse<String> logIn(HttpResponse<String> loginPage, String username, String password) {
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new AssertionError("no login form at " + loginPage.uri() + " (" + loginPage.statusCode() + "): " + loginPage.body());
        }
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(loginPage.body());
        while (hidden.find()) {
            form.put(hidden.group(1), hidden.group(2));
        }
        form.put("username", username);
        form.put("password", password);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return follow(page(loginPage.uri().resolve(action.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The names of the cookies this browser holds now. */
    List<String> cookieNames() {
        return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName).toList();
    }

    /** Every address this browser requested, in order. */
    List<URI> visited() {
        return visited;
    }

    private HttpResponse<String> follow(HttpRequest first) {
        HttpRequest request = first;
        for (int hops = 0; hops < 10; hops++) {
            HttpResponse<String> response = send(request);
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                return response;
            }
            request = page(request.uri().resolve(location)).GET().build();
        }
        throw new AssertionError("more than 10 redirects: " + visited);
    }

    private static HttpRequest.Builder page(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", ACCEPT);
    }

    private HttpResponse<String> send(HttpRequest request) {
        visited.add(request.uri());
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
