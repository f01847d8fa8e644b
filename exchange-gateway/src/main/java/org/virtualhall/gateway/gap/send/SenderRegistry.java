package org.virtualhall.gateway.gap.send;

import java.util.List;
import java.util.Optional;
import org.virtualhall.gateway.gap.receive.AckNote;

/**
 * This side's senders, one per outbound data channel, and where the acks for them go: to the sender when they are
 * this instance's, else parked in the database for the instance whose they are (instances of a role share the spool
 * they come in on, and whichever takes an ack off it need not be the one it is for).
 */
public class SenderRegistry {

    private final List<ChannelSender> senders;
    private final String instance;
    private final ParkedAcks parked;

    public SenderRegistry(List<ChannelSender> senders, String instance, ParkedAcks parked) {
        this.senders = List.copyOf(senders);
        this.instance = instance;
        this.parked = parked;
    }

    public List<ChannelSender> senders() {
        return senders;
    }

    public Optional<ChannelSender> forChannel(String wireName) {
        return senders.stream().filter(s -> s.channel().wireName().equals(wireName)).findFirst();
    }

    /** The other side has processed a bundle: its sender forgets it, here or, through the database, at its instance. */
    public void acknowledge(AckNote ack) {
        if (ack.sender().equals(instance)) {
            forChannel(ack.channel()).ifPresent(s -> s.acknowledge(ack.sequence()));
        } else {
            parked.park(ack);
        }
    }

    /** Takes the acks other instances parked for this one, then resends what is still overdue. */
    public int resendOverdue() {
        for (ChannelSender sender : senders) {
            parked.take(instance, sender.channel()).forEach(sender::acknowledge);
        }
        return senders.stream().mapToInt(ChannelSender::resendOverdue).sum();
    }
}
