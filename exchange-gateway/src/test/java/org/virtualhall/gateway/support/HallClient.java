package org.virtualhall.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Applicant;

/** A citizen's client of the outer hall API over real HTTP. */
public final class HallClient {

    public static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public HallClient(String base) {
        this.base = base;
    }

    public String token(Applicant a) throws IOException {
        Response r = post("/api/auth/token", HallJson.wire().writeValueAsBytes(a), null);
        if (r.status() != 200) {
            throw new IllegalStateException("token refused: " + r.body());
        }
        return r.json().get("token").asText();
    }

    public static Map<String, Object> goodSubmission(Applicant a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("itemCode", TestHall.ITEM);
        s.put("applicant", a);
        s.put("form", new LinkedHashMap<>(Map.of("reason", "居住", "address", "青溪县青溪大道188号3幢")));
        s.put("materials", List.of(Map.of("name", "申请表.pdf", "contentType", "application/pdf",
                "base64", Base64.getEncoder().encodeToString(PDF))));
        return s;
    }

    /** A supplement body: one PDF per material name ("户口簿" → 户口簿.pdf), and the note. */
    public static Map<String, Object> goodSupplement(String note, String... materials) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("materials", java.util.Arrays.stream(materials).map(m -> material(m + ".pdf", "application/pdf", PDF)).toList());
        s.put("note", note);
        return s;
    }

    public static Map<String, Object> material(String name, String contentType, byte[] content) {
        return Map.of("name", name, "contentType", contentType, "base64", Base64.getEncoder().encodeToString(content));
    }

    public Response supplement(String token, String receipt, Object body) throws IOException {
        return post("/api/submissions/" + receipt + "/supplements", HallJson.wire().writeValueAsBytes(body), token);
    }

    public Response submit(String token, Object body) throws IOException {
        return post("/api/submissions", HallJson.wire().writeValueAsBytes(body), token);
    }

    /** A submission with its {@code Idempotency-Key}, as the hall's own clients send it. */
    public Response submit(String token, Object body, String idempotencyKey) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/submissions")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(HallJson.wire().writeValueAsBytes(body))).build());
    }

    public Response post(String path, byte[] body, String token) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    public Response get(String path, String token) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    public Response send(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A status, body and headers; {@link #json()} parses the body. */
    public record Response(int status, String body, HttpHeaders headers) {
        public JsonNode json() {
            try {
                return HallJson.wire().readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }
}
