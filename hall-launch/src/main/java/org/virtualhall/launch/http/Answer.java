package org.virtualhall.launch.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;

/**
 * An HTTP answer: the request it answers (for messages), status, body and headers.
 *
 * @param request e.g. {@code GET http://127.0.0.1:8080/api/hall}
 */
public record Answer(String request, int status, String body, HttpHeaders headers) {

    static final ObjectMapper READER = new ObjectMapper();

    /** The body as JSON; an empty body is a missing node. */
    public JsonNode json() {
        if (body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return READER.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON from " + request + ": " + body, e);
        }
    }

    /** This answer when it is 2xx; otherwise an assertion failure naming the request, status and body. */
    public Answer ok() {
        if (status / 100 != 2) {
            throw new AssertionError(request + " answered " + status + ": " + body);
        }
        return this;
    }

    /** The texts of a JSON array of strings. */
    public static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
