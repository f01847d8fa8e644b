package org.virtualhall.gateway.gap.receive;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.List;
import org.virtualhall.gateway.gap.GapProperties;
import org.virtualhall.gateway.gap.bundle.BundleCodec;
import org.virtualhall.gateway.gap.bundle.BundleName;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.bundle.SpoolFiles;
import org.virtualhall.gateway.gap.send.SequenceStore;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/**
 * Acks a processed bundle with a small bundle of its own on the {@code acks} channel. Acks are not kept:
 * a lost ack makes the sender resend, and the resent bundle is acked again.
 */
public class AckWriter {

    private final BundleCodec codec;
    private final SequenceStore sequences;
    private final GapProperties props;

    public AckWriter(BundleCodec codec, SequenceStore sequences, GapProperties props) {
        this.codec = codec;
        this.sequences = sequences;
        this.props = props;
    }

    public synchronized void ack(BundleName bundle) {
        AckNote note = new AckNote(bundle.channel().wireName(), bundle.sender(), bundle.sequence());
        Envelope envelope;
        try {
            envelope = new Envelope("ack-" + bundle.fileName(), "ack", null, Instant.now(),
                    HallJson.wire().writeValueAsString(note));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long ackSequence = sequences.next(Channel.ACKS);
        BundleName name = new BundleName(Channel.ACKS, sequences.sender(), ackSequence);
        SpoolFiles.writeAtomically(props.spoolOut(), name.fileName(), codec.encode(name, List.of(envelope)));
        sequences.recordUsed(Channel.ACKS, ackSequence);
    }
}
