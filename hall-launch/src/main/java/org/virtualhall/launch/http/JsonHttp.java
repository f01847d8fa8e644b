package org.virtualhall.launch.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A small JSON client of one part's HTTP API over real HTTP, as tests and operators call it: GET and POST with
 * headers, bodies written by the given mapper (a String or byte[] goes as it is), answers kept whole
 * ({@link Answer}). A connection that fails is an {@link UncheckedIOException}.
 */
public final class JsonHttp {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final ObjectMapper mapper;
    private final Duration timeout;

    public JsonHttp(URI base, ObjectMapper mapper, Duration timeout) {
        this.base = base;
        this.mapper = mapper;
        this.timeout = timeout;
    }

    public JsonHttp(URI base, ObjectMapper mapper) {
        this(base, mapper, DEFAULT_TIMEOUT);
    }

    public static JsonHttp to(URI base) {
        return new JsonHttp(base, Answer.READER);
    }

    public static JsonHttp local(int port) {
        return local(port, Answer.READER);
    }

    /** A client of 127.0.0.1:{@code port} whose bodies {@code writer} writes (e.g. one that knows the hall's dates). */
    public static JsonHttp local(int port, ObjectMapper writer) {
        return new JsonHttp(URI.create("http://127.0.0.1:" + port), writer);
    }

    public JsonHttp withTimeout(Duration requestTimeout) {
        return new JsonHttp(base, mapper, requestTimeout);
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    public Answer get(String path) {
        return get(path, Map.of());
    }

    public Answer get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, headers).GET();
        return send(request.build());
    }

    public Answer post(String path, Object body) {
        return post(path, body, Map.of());
    }

    public Answer post(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        return send(request.build());
    }

    /** The body of a 2xx answer to a GET, as JSON; anything else is an assertion failure naming the URL. */
    public JsonNode json(String path, Map<String, String> headers) {
        return get(path, headers).ok().json();
    }

    public JsonNode json(String path) {
        return json(path, Map.of());
    }

    /** The body of a 2xx answer to a GET, as text. */
    public String text(String path, Map<String, String> headers) {
        return get(path, headers).ok().body();
    }

    public Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(request.method() + " " + request.uri(), r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + request.uri(), e);
        }
    }

    /** A request to {@code path} with this client's timeout and the given headers, for a method of the caller's. */
    public HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(timeout);
        headers.forEach(request::header);
        return request;
    }

    public static Map<String, String> bearer(String token) {
        return token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
    }

    public static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private byte[] bytes(Object body) {
        if (body instanceof byte[] raw) {
            return raw;
        }
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
