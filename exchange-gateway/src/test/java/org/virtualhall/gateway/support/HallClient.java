package org.virtualhall.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.CitizenSignIn;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.launch.http.SmsOutbox;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Applicant;

/** A citizen's client of the outer hall API over real HTTP (or a client of another role's API). */
public final class HallClient {

    public static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes();

    private final JsonHttp writes;
    private final JsonHttp reads;
    private final CitizenSignIn signIn;

    /** A client of a role's API; it cannot sign citizens in. */
    public HallClient(String base) {
        this(base, null);
    }

    /** A citizen's client of the outer role whose SMS codes land in {@code outbox}. */
    public HallClient(String base, SmsOutbox outbox) {
        this.writes = new JsonHttp(URI.create(base), HallJson.wire(), Duration.ofSeconds(60));
        this.reads = writes.withTimeout(Duration.ofSeconds(30));
        this.signIn = outbox == null ? null : new CitizenSignIn(writes, outbox);
    }

    /** The access token of a new session of the applicant, signed in with an SMS code (see {@link #signIn}). */
    public String token(Applicant a) throws IOException {
        return signIn(a).token();
    }

    /**
     * Signs the applicant in as a citizen does: a code to the mobile, read off the outbox, exchanged for a session.
     * Any failure, a refusal as well as a lost connection, is an IOException: the reliability run's citizens try again.
     */
    public CitizenSignIn.Session signIn(Applicant a) throws IOException {
        if (signIn == null) {
            throw new IllegalStateException("this client has no SMS outbox to sign citizens in with");
        }
        try {
            return signIn.signIn(a.name(), a.idNumber(), a.mobile());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
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

    public Response evaluate(String token, String receipt, Object body) throws IOException {
        return post("/api/submissions/" + receipt + "/evaluation", HallJson.wire().writeValueAsBytes(body), token);
    }

    public Response submit(String token, Object body) throws IOException {
        return post("/api/submissions", HallJson.wire().writeValueAsBytes(body), token);
    }

    /** A submission with its {@code Idempotency-Key}, as the hall's own clients send it. */
    public Response submit(String token, Object body, String idempotencyKey) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>(JsonHttp.bearer(token));
        headers.put("Idempotency-Key", idempotencyKey);
        return answer(() -> writes.post("/api/submissions", body, headers));
    }

    public Response post(String path, byte[] body, String token) throws IOException {
        return answer(() -> writes.post(path, body, JsonHttp.bearer(token)));
    }

    public Response get(String path, String token) throws IOException {
        return answer(() -> reads.get(path, JsonHttp.bearer(token)));
    }

    public Response send(HttpRequest request) throws IOException {
        return answer(() -> writes.send(request));
    }

    /** A connection that fails stays an IOException here: the citizens of the reliability run retry on it. */
    private static Response answer(Supplier<Answer> call) throws IOException {
        try {
            Answer a = call.get();
            return new Response(a.status(), a.body(), a.headers());
        } catch (UncheckedIOException e) {
            throw e.getCause();
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
