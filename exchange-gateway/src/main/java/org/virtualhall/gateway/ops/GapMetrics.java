package org.virtualhall.gateway.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.receive.BundleReceiver;
import org.virtualhall.gateway.gap.receive.SeenEnvelopes;
import org.virtualhall.gateway.gap.send.ChannelSender;
import org.virtualhall.gateway.gap.send.SenderRegistry;

/** The gap's numbers for Prometheus ({@code /actuator/prometheus}), tagged by channel. */
@Component
@Profile({"outer", "inner"})
class GapMetrics implements MeterBinder {

    private final SenderRegistry senders;
    private final BundleReceiver receiver;
    private final SeenEnvelopes seen;
    private final QueueDepth depth;

    GapMetrics(SenderRegistry senders, BundleReceiver receiver, SeenEnvelopes seen, QueueDepth depth) {
        this.senders = senders;
        this.receiver = receiver;
        this.seen = seen;
        this.depth = depth;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ChannelSender sender : senders.senders()) {
            String channel = sender.channel().wireName();
            Gauge.builder("hall.gap.backlog", () -> depth.of(sender.queue())).tag("channel", channel).register(registry);
            Gauge.builder("hall.gap.unacked", () -> sender.status().unacked()).tag("channel", channel).register(registry);
            Gauge.builder("hall.gap.last.sequence", () -> sender.status().lastSequence()).tag("channel", channel)
                    .register(registry);
            Gauge.builder("hall.gap.oldest.pending.seconds", () -> sender.status().oldestPendingAge().toSeconds())
                    .tag("channel", channel).register(registry);
            Gauge.builder("hall.gap.resends", () -> sender.status().resends()).tag("channel", channel).register(registry);
        }
        for (Channel channel : receiver.inboundChannels()) {
            Gauge.builder("hall.gap.missing", () -> receiver.sequences().status(channel).missing())
                    .description("sequence numbers below each sender's last one that have not arrived, summed over senders")
                    .tag("channel", channel.wireName()).register(registry);
        }
        Gauge.builder("hall.gap.duplicates.dropped", seen::duplicatesDropped).register(registry);
        Gauge.builder("hall.gap.bundles.quarantined", receiver::quarantined).register(registry);
    }
}
