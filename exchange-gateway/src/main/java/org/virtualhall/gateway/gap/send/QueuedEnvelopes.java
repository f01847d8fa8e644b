package org.virtualhall.gateway.gap.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/**
 * The body of a message on the gateway's queues: one envelope (a JSON object), or the envelopes of a group or a bundle
 * (a JSON array of them). Many in one message cost the broker one message instead of many: it routes, journals,
 * delivers and deletes each message, whatever it holds.
 */
public final class QueuedEnvelopes {

    private QueuedEnvelopes() {
    }

    /** One message body holding these envelopes (each already JSON), in their order. */
    public static String pack(List<String> envelopeJsons) {
        return envelopeJsons.size() == 1 ? envelopeJsons.get(0) : "[" + String.join(",", envelopeJsons) + "]";
    }

    /** The envelopes of a message body. */
    public static List<Envelope> envelopes(String body) throws JsonProcessingException {
        return isPacked(body) ? List.of(HallJson.wire().readValue(body, Envelope[].class))
                : List.of(HallJson.wire().readValue(body, Envelope.class));
    }

    /**
     * Each envelope of a message body as its own JSON, with its receipt; a body that is not a readable array is
     * returned whole (with no receipt), for the reader to refuse.
     */
    public static List<Unpacked> unpack(String body) {
        if (!isPacked(body)) {
            return List.of(new Unpacked(body, null));
        }
        try {
            JsonNode array = HallJson.wire().readTree(body);
            List<Unpacked> envelopes = new ArrayList<>(array.size());
            for (JsonNode envelope : array) {
                envelopes.add(new Unpacked(envelope.toString(), envelope.path("receipt").asText(null)));
            }
            return envelopes;
        } catch (JsonProcessingException e) {
            return List.of(new Unpacked(body, null));
        }
    }

    private static boolean isPacked(String body) {
        return !body.isEmpty() && body.charAt(0) == '[';
    }

    /** One envelope's JSON out of a message, and its receipt when the message held several. */
    public record Unpacked(String json, String receipt) {
    }
}
