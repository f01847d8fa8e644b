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
import org.virtualhall.gateway.inner.transform.IntakeRecord;
import org.virtualhall.model.json.HallJson;

/** {@code POST /api/intake} on the approval system (docs/contracts.md): 201 new, 200 known, 400 refused, 503 later. */
@Component
@Profile("inner")
class HttpApprovalIntake implements ApprovalIntake {

    private final HttpClient http;
    private final URI intake;
    private final InnerProperties props;

    HttpApprovalIntake(InnerProperties props) {
        this.props = props;
        this.http = HttpClient.newBuilder().connectTimeout(props.approvalTimeout()).build();
        this.intake = URI.create(props.approvalUrl().replaceAll("/+$", "") + "/api/intake");
    }

    @Override
    public LoadResult load(IntakeRecord record) {
        HttpResponse<byte[]> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(intake)
                    .timeout(props.approvalTimeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(HallJson.wire().writeValueAsBytes(record)))
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ApprovalUnavailable("approval system not reachable at " + intake + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApprovalUnavailable("interrupted while loading " + record.sbh(), e);
        }
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            JsonNode body = parse(response.body());
            return new LoadResult(record.sbh(), body.path("caseId").asText(null), body.path("state").asText(null),
                    status == 201);
        }
        if (status >= 400 && status < 500) {
            JsonNode body = parse(response.body());
            throw new InnerRefusal(InnerRefusal.REFUSED, "审批系统拒绝接收（" + status + "）："
                    + body.path("reason").asText("") + " " + body.path("field").asText(""));
        }
        throw new ApprovalUnavailable("approval system answered " + status + " for " + record.sbh(), null);
    }

    private static JsonNode parse(byte[] body) {
        try {
            return HallJson.wire().readTree(body);
        } catch (IOException e) {
            return HallJson.wire().createObjectNode();
        }
    }
}
