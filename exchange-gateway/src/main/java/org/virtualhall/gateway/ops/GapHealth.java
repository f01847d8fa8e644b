package org.virtualhall.gateway.ops;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.GapProperties;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.receive.BundleReceiver;
import org.virtualhall.gateway.gap.receive.ReceivedSequences;
import org.virtualhall.gateway.gap.receive.SeenEnvelopes;
import org.virtualhall.gateway.gap.send.ChannelSender;
import org.virtualhall.gateway.gap.send.SenderRegistry;
import org.virtualhall.gateway.gap.send.SenderStatus;

/**
 * {@code /actuator/health/gap}: per channel, what waits (backlog), what was sent and not yet acked, how old the
 * oldest unacked bundle is, and on the receiving side the last sequence and how many are missing below it.
 * Down when a spool directory cannot be written, since then nothing can cross.
 */
@Component("gap")
@Profile({"outer", "inner"})
class GapHealth extends AbstractHealthIndicator {

    private final SenderRegistry senders;
    private final BundleReceiver receiver;
    private final SeenEnvelopes seen;
    private final QueueDepth depth;
    private final Queues queues;
    private final GapProperties props;

    GapHealth(SenderRegistry senders, BundleReceiver receiver, SeenEnvelopes seen, QueueDepth depth, Queues queues,
              GapProperties props) {
        this.senders = senders;
        this.receiver = receiver;
        this.seen = seen;
        this.depth = depth;
        this.queues = queues;
        this.props = props;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        boolean writable = Files.isWritable(props.spoolOut()) && Files.isWritable(props.spoolIn());
        health.status(writable ? "UP" : "DOWN");
        for (ChannelSender sender : senders.senders()) {
            SenderStatus s = sender.status();
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("direction", "out");
            d.put("backlog", depth.of(sender.queue()));
            d.put("lastSequence", s.lastSequence());
            d.put("unacked", s.unacked());
            d.put("oldestPendingAgeSeconds", s.oldestPendingAge().toSeconds());
            d.put("resends", s.resends());
            d.put("envelopesSent", s.envelopesSent());
            health.withDetail(s.channel(), d);
        }
        for (Channel channel : receiver.inboundChannels()) {
            ReceivedSequences.ReceiverStatus r = receiver.sequences().status(channel);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("direction", "in");
            d.put("lastSequence", r.lastSequence());
            d.put("missing", r.missing());
            if (channel == Channel.SUBMISSIONS) {
                d.put("backlog", depth.of(queues.intake()));
            }
            health.withDetail(channel.wireName(), d);
        }
        health.withDetail("duplicateEnvelopesDropped", seen.duplicatesDropped())
                .withDetail("duplicateBundles", receiver.duplicateBundles())
                .withDetail("bundlesQuarantined", receiver.quarantined())
                .withDetail("spoolWritable", writable);
    }
}
