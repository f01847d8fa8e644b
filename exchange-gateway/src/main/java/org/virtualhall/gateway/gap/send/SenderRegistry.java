package org.virtualhall.gateway.gap.send;

import java.util.List;
import java.util.Optional;

/** This side's senders, one per outbound data channel. */
public record SenderRegistry(List<ChannelSender> senders) {

    public Optional<ChannelSender> forChannel(String wireName) {
        return senders.stream().filter(s -> s.channel().wireName().equals(wireName)).findFirst();
    }

    public int resendOverdue() {
        return senders.stream().mapToInt(ChannelSender::resendOverdue).sum();
    }
}
