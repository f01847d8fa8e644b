package org.virtualhall.gateway.gap.route;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.GapProperties;
import org.virtualhall.gateway.gap.receive.BundleReceiver;
import org.virtualhall.gateway.gap.send.ChannelSender;
import org.virtualhall.gateway.gap.send.SenderRegistry;

/**
 * Connects the gap machinery: the inbound spool poller, one draining loop per outbound channel, and the
 * resend timer. A failed inbound file stays in the spool and is tried again on the next poll. Instances of a role
 * share their spools: a marker file next to a bundle keeps the others off it while one takes it.
 */
@Component
@Profile({"outer", "inner"})
class GapRoutes extends RouteBuilder {

    private final BundleReceiver receiver;
    private final SenderRegistry senders;
    private final GapProperties props;

    GapRoutes(BundleReceiver receiver, SenderRegistry senders, GapProperties props) {
        this.receiver = receiver;
        this.senders = senders;
        this.props = props;
    }

    @Override
    public void configure() {
        fromF("file:%s?delete=true&readLock=markerFile&delay=%d&sortBy=file:name&maxMessagesPerPoll=200&autoCreate=true",
                props.spoolIn().toAbsolutePath(), props.pollDelayMillis())
                .routeId("gap-receive")
                .process(e -> receiver.receive(e.getIn().getHeader("CamelFileName", String.class),
                        e.getIn().getBody(byte[].class)));

        for (ChannelSender sender : senders.senders()) {
            fromF("timer:gap-send-%s?delay=500&period=1", sender.channel().wireName())
                    .routeId("gap-send-" + sender.channel().wireName())
                    .process(e -> sender.drainOnce());
        }

        from("timer:gap-resend?delay=1000&period=1000")
                .routeId("gap-resend")
                .process(e -> senders.resendOverdue());
    }
}
