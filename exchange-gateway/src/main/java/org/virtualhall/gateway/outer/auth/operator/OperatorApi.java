package org.virtualhall.gateway.outer.auth.operator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import org.virtualhall.model.json.HallJson;

/**
 * A carrier's (运营商) HTTP API outside the hall: JSON POSTed with the county's key as a bearer token, a 2xx answer's
 * JSON returned. Anything else — no answer, a timeout, another status — is {@link OperatorUnavailable}.
 */
public final class OperatorApi {

    private final URI url;
    private final String key;
    private final Duration timeout;
    private final HttpClient http;

    public OperatorApi(URI url, String key, Duration timeout) {
        this.url = Objects.requireNonNull(url, "the operator's URL is not configured");
        this.key = key == null ? "" : key;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /** The operator's answer to {@code body}; {@code what} names the call in messages. */
    public JsonNode post(Object body, String what) {
        HttpResponse<byte[]> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + key)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(HallJson.wire().writeValueAsBytes(body)))
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new OperatorUnavailable(what + ": no answer from " + url + " (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperatorUnavailable(what + ": interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new OperatorUnavailable(what + ": " + url + " answered " + response.statusCode(), null);
        }
        try {
            return response.body().length == 0 ? HallJson.wire().createObjectNode() : HallJson.wire().readTree(response.body());
        } catch (IOException e) {
            throw new OperatorUnavailable(what + ": " + url + " answered what is not JSON", e);
        }
    }
}
