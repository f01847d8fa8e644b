package org.virtualhall.gateway.gap.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/** Several envelopes in one queue message come out as they went in, each with its own JSON and receipt. */
class QueuedEnvelopesTests {

    private static final Instant AT = Instant.parse("2026-12-02T01:00:00Z");

    @Test
    void packedEnvelopesComeOutInTheirOrderEachWithItsOwnJsonAndReceipt() throws Exception {
        List<String> jsons = List.of(json("sub-R1", "R1"), json("sub-R2", "R2"), json("sub-R3", "R3"));

        String body = QueuedEnvelopes.pack(jsons);

        assertThat(QueuedEnvelopes.envelopes(body)).extracting(Envelope::id).containsExactly("sub-R1", "sub-R2", "sub-R3");
        assertThat(QueuedEnvelopes.unpack(body)).extracting(QueuedEnvelopes.Unpacked::receipt).containsExactly("R1", "R2", "R3");
        for (int i = 0; i < jsons.size(); i++) {
            assertThat(HallJson.wire().readValue(QueuedEnvelopes.unpack(body).get(i).json(), Envelope.class))
                    .isEqualTo(HallJson.wire().readValue(jsons.get(i), Envelope.class));
        }
    }

    @Test
    void oneEnvelopeIsQueuedAsItIsAndReadAsOne() throws Exception {
        String one = json("sub-R1", "R1");

        assertThat(QueuedEnvelopes.pack(List.of(one))).isEqualTo(one);
        assertThat(QueuedEnvelopes.envelopes(one)).extracting(Envelope::receipt).containsExactly("R1");
        assertThat(QueuedEnvelopes.unpack(one)).containsExactly(new QueuedEnvelopes.Unpacked(one, null));
    }

    @Test
    void aBodyThatIsNotAReadableArrayIsHandedBackWholeForTheReaderToRefuse() {
        assertThat(QueuedEnvelopes.unpack("[{\"id\":")).containsExactly(new QueuedEnvelopes.Unpacked("[{\"id\":", null));
        assertThat(QueuedEnvelopes.unpack("not json")).containsExactly(new QueuedEnvelopes.Unpacked("not json", null));
    }

    private static String json(String id, String receipt) throws Exception {
        return HallJson.wire().writeValueAsString(new Envelope(id, "submission", receipt, AT, "{\"receipt\":\"" + receipt + "\"}"));
    }
}
