package org.virtualhall.gateway.gap.receive;

import java.util.List;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.model.submission.Envelope;

/**
 * What a side does with the envelopes of one inbound channel. Called with verified envelopes that may
 * repeat earlier ones (resends); the handler must be idempotent by envelope id and must only return once
 * its effect is durable, because the bundle is acked right after.
 */
public interface EnvelopeHandler {

    Channel channel();

    void handle(List<Envelope> envelopes);
}
