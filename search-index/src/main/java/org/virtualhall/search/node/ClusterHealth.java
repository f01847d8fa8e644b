package org.virtualhall.search.node;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Waits for a yellow (or green) cluster. Each probe lets Elasticsearch itself wait up to a second
 * ({@code wait_for_status}), so there is no fixed sleep; a refused connection is retried after a
 * short pause while the node is still coming up.
 */
public final class ClusterHealth {

    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ClusterHealth(URI url) {
        this.url = url;
    }

    public void awaitYellow(Duration timeout, BooleanSupplier stillRunning) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest probe = HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!stillRunning.getAsBoolean()) {
                throw new IllegalStateException("Elasticsearch exited before it became healthy");
            }
            try {
                HttpResponse<String> response = http.send(probe, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && !response.body().contains("\"timed_out\":true")) {
                    return;
                }
            } catch (IOException e) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
            }
        }
        throw new IllegalStateException("Elasticsearch at " + url + " was not healthy within " + timeout.toSeconds() + " s");
    }

    private static void pause() {
        try {
            // the HTTP port is not open yet: nothing to wait on but time
            Thread.sleep(ElasticsearchNode.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
