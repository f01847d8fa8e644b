package org.virtualhall.gateway.gap.send;

import com.fasterxml.jackson.core.JsonProcessingException;
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

    /** One envelope as JSON, as it goes into a message body. */
    public static String json(Envelope envelope) {
        try {
            return HallJson.wire().writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an envelope could not be serialized", e);
        }
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

    private static boolean isPacked(String body) {
        return !body.isEmpty() && body.charAt(0) == '[';
    }
}
