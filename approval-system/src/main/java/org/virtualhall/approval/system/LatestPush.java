package org.virtualhall.approval.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.virtualhall.model.json.HallJson;

/**
 * Pushes the latest state of something published outward (好差评 figures, 预约 places) to the inner gateway whenever
 * it differs from what the gateway last took; a gateway that was down gets it at the next try.
 */
public final class LatestPush {

    private static final Logger LOG = LoggerFactory.getLogger(LatestPush.class);

    private final RestClient http;
    private final URI url;
    private Object taken;

    public LatestPush(RestClient http, URI url) {
        this.http = http;
        this.url = url;
    }

    /**
     * @param state what to compare with the last taken
     * @param body  what to send when it differs (the state with its time stamp)
     */
    public synchronized void offer(Object state, Object body) {
        if (Objects.equals(state, taken)) {
            return;
        }
        try {
            http.post().uri(url).contentType(MediaType.APPLICATION_JSON).body(HallJson.wire().writeValueAsString(body))
                    .retrieve().toBodilessEntity();
            taken = state;
        } catch (RestClientException | JsonProcessingException e) {
            LOG.warn("the gateway did not take {} ({}); trying again later", url.getPath(), e.getMessage());
        }
    }
}
