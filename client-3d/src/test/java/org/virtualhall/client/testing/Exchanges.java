package org.virtualhall.client.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.virtualhall.model.json.HallJson;

/** Answers of the stand-in hall API, in the gateway's shapes: JSON bodies and the error body of docs/api.md. */
final class Exchanges {

    private Exchanges() {
    }

    static void reply(HttpExchange ex, int status, Object body) throws IOException {
        json(ex, status, HallJson.wire().writeValueAsBytes(body));
    }

    /** A JSON body encoded already. */
    static void json(HttpExchange ex, int status, byte[] bytes) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void noContent(HttpExchange ex) throws IOException {
        ex.sendResponseHeaders(204, -1);
        ex.close();
    }

    static void error(HttpExchange ex, int status, String error, String reason, String field) throws IOException {
        Map<String, String> body = new HashMap<>(Map.of("error", error, "reason", reason));
        if (field != null) {
            body.put("field", field);
        }
        reply(ex, status, body);
    }
}
