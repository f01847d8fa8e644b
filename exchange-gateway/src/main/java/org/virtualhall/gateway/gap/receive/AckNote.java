package org.virtualhall.gateway.gap.receive;

/**
 * The body of an ack envelope: this side has processed that bundle.
 *
 * @param sender the instance that sent it; empty (or absent, from a side before instances) for a role run as one
 */
public record AckNote(String channel, String sender, long sequence) {

    public AckNote {
        sender = sender == null ? "" : sender;
    }
}
