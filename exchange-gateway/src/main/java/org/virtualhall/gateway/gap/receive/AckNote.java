package org.virtualhall.gateway.gap.receive;

/** The body of an ack envelope: this side has processed that bundle. */
public record AckNote(String channel, long sequence) {
}
