package org.virtualhall.gateway.inner.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.inner.InnerProperties;
import org.virtualhall.gateway.inner.InnerRefusal;
import org.virtualhall.model.json.HallJson;

/**
 * POSTs JSON to the approval system and sorts the answer the way every load does (docs/contracts.md): 2xx is
 * returned, 4xx is a refusal for the quarantine, anything else — or no answer — means try again later.
 */
@Component
@Profile("inner")
class ApprovalHttp {

    private final HttpClient http;
    private final String base;
    private final InnerProperties props;

    ApprovalHttp(InnerProperties props) {
        this.props = props;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(props.approvalTimeout()).build();
        this.base = props.approvalUrl().replaceAll("/+$", "");
    }

    /** The 2xx answer: its status and parsed body. {@code what} names the record in messages. */
    Answer post(String path, Object body, String what) {
        URI uri = URI.create(base + path);
        HttpResponse<byte[]> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(props.approvalTimeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(HallJson.wire().writeValueAsBytes(body)))
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ApprovalUnavailable("approval system not reachable at " + uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApprovalUnavailable("interrupted while loading " + what, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new Answer(status, parse(response.body()));
        }
        if (status >= 400 && status < 500) {
            throw refusal(status, parse(response.body()));
        }
        throw new ApprovalUnavailable("approval system answered " + status + " for " + what, null);
    }

    /** A 4xx of the approval system, with its reason and field, for the quarantine. */
    static InnerRefusal refusal(int status, JsonNode answer) {
        return new InnerRefusal(InnerRefusal.REFUSED, "审批系统拒绝接收（" + status + "）："
                + answer.path("reason").asText("") + " " + answer.path("field").asText(""));
    }

    private static JsonNode parse(byte[] body) {
        try {
            return HallJson.wire().readTree(body);
        } catch (IOException e) {
            return HallJson.wire().createObjectNode();
        }
    }

    /** A 2xx answer. */
    record Answer(int status, JsonNode body) {
    }
}
