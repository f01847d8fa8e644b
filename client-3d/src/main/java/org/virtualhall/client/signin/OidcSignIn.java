package org.virtualhall.client.signin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.virtualhall.client.api.ApiException;
import org.virtualhall.client.api.QueryParameters;

/**
 * The desktop end of a sign-in at the province's identity platform (RFC 8252): a tiny HTTP listener on the
 * loopback address, on a port of the system's choosing, where the gateway sends the browser back with a one-time
 * ticket ({@code ?ticket=}) or with why the sign-in failed ({@code ?error=&reason=&field=}). The browser gets a
 * page telling the citizen to go back to the hall.
 */
final class OidcSignIn implements AutoCloseable {

    static final String PATH = "/callback";

    private final HttpServer server;
    private final CompletableFuture<String> ticket = new CompletableFuture<>();

    private OidcSignIn(HttpServer server) {
        this.server = server;
    }

    /** Starts listening on 127.0.0.1. */
    static OidcSignIn listen() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        OidcSignIn signIn = new OidcSignIn(server);
        server.createContext(PATH, signIn::callback);
        server.start();
        return signIn;
    }

    /** Where the gateway sends the browser back. */
    URI redirect() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** The ticket, once the browser came back with one; an {@link ApiException} with the reason when it came back without. */
    CompletableFuture<String> ticket() {
        return ticket;
    }

    private void callback(HttpExchange exchange) throws IOException {
        Map<String, String> query = QueryParameters.parse(exchange.getRequestURI().getRawQuery());
        String page;
        if (query.containsKey("ticket") && !query.get("ticket").isBlank()) {
            page = "登录成功，请回到虚拟政务大厅继续办理。";
            ticket.complete(query.get("ticket"));
        } else {
            String reason = query.getOrDefault("reason", "统一身份认证平台没有完成登录");
            page = "登录未成功：" + reason;
            ticket.completeExceptionally(new ApiException(401, query.getOrDefault("error", "oidc_failed"), reason,
                    query.get("field"), null));
        }
        byte[] body = ("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>虚拟政务大厅</title></head>"
                + "<body><p>" + escape(page) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Stops listening (the sign-in finished, failed or was given up). */
    @Override
    public void close() {
        server.stop(0);
    }
}
