package org.virtualhall.gateway.gap.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/** Several envelopes in one queue message come out as they went in, in their order. */
class QueuedEnvelopesTests {

    private static final Instant AT = Instant.parse("2026-12-02T01:00:00Z");

    @Test
    void packedEnvelopesComeOutInTheirOrderEachAsItWentIn() throws Exception {
        List<String> jsons = List.of(json("sub-R1", "R1"), json("sub-R2", "R2"), json("sub-R3", "R3"));

        List<Envelope> envelopes = QueuedEnvelopes.envelopes(QueuedEnvelopes.pack(jsons));

        assertThat(envelopes).extracting(Envelope::id).containsExactly("sub-R1", "sub-R2", "sub-R3");
        assertThat(envelopes).extracting(Envelope::receipt).containsExactly("R1", "R2", "R3");
        for (int i = 0; i < jsons.size(); i++) {
            assertThat(envelopes.get(i)).isEqualTo(HallJson.wire().readValue(jsons.get(i), Envelope.class));
        }
    }

    @Test
    void oneEnvelopeIsQueuedAsItIsAndReadAsOne() throws Exception {
        String one = json("sub-R1", "R1");

        assertThat(QueuedEnvelopes.pack(List.of(one))).isEqualTo(one);
        assertThat(QueuedEnvelopes.envelopes(one)).extracting(Envelope::receipt).containsExactly("R1");
    }

    @Test
    void aBodyThatIsNotReadableIsRefusedAsSuch() {
        assertThatThrownBy(() -> QueuedEnvelopes.envelopes("[{\"id\":")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> QueuedEnvelopes.envelopes("not json")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> QueuedEnvelopes.envelopes("")).isInstanceOf(JsonProcessingException.class);
    }

    private static String json(String id, String receipt) throws Exception {
        return HallJson.wire().writeValueAsString(new Envelope(id, "submission", receipt, AT, "{\"receipt\":\"" + receipt + "\"}"));
    }
}
