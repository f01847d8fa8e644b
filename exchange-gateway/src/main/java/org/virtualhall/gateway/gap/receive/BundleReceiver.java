package org.virtualhall.gateway.gap.receive;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.virtualhall.gateway.config.DurableCommits;
import org.virtualhall.gateway.gap.GapProperties;
import org.virtualhall.gateway.gap.bundle.Bundle;
import org.virtualhall.gateway.gap.bundle.BundleCodec;
import org.virtualhall.gateway.gap.bundle.BundleException;
import org.virtualhall.gateway.gap.bundle.BundleName;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.bundle.SpoolFiles;
import org.virtualhall.gateway.gap.send.SenderRegistry;
import org.virtualhall.gateway.quarantine.BundleQuarantine;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/**
 * Takes one inbound bundle file: verify (name, HMAC, hash, count), hand the envelopes to the channel's
 * handler, record the sequence number, make what they stored durable, ack, archive. Anything that fails verification
 * is quarantined with its reason and not acked, so the sender resends a good copy. Once acked a bundle is never sent
 * again, so nothing it left in the database may be lost after the ack.
 */
public class BundleReceiver {

    private static final Logger LOG = LoggerFactory.getLogger(BundleReceiver.class);

    private final BundleCodec codec;
    private final Map<Channel, EnvelopeHandler> handlers;
    private final ReceivedSequences received;
    private final AckWriter acks;
    private final DurableCommits durable;
    private final SenderRegistry senders;
    private final BundleQuarantine quarantine;
    private final GapProperties props;
    private final AtomicLong duplicateBundles = new AtomicLong();
    private final AtomicLong quarantined = new AtomicLong();

    public BundleReceiver(BundleCodec codec, Map<Channel, EnvelopeHandler> handlers, ReceivedSequences received,
                          AckWriter acks, DurableCommits durable, SenderRegistry senders, BundleQuarantine quarantine,
                          GapProperties props) {
        this.codec = codec;
        this.handlers = Map.copyOf(handlers);
        this.received = received;
        this.acks = acks;
        this.durable = durable;
        this.senders = senders;
        this.quarantine = quarantine;
        this.props = props;
    }

    public void receive(String fileName, byte[] bytes) {
        Optional<BundleName> name = BundleName.parse(fileName);
        if (name.isEmpty()) {
            refuse(fileName, bytes, "the file name does not match " + BundleName.REGEX);
            return;
        }
        Channel channel = name.get().channel();
        if (channel != Channel.ACKS && !handlers.containsKey(channel)) {
            refuse(fileName, bytes, "channel " + channel.wireName() + " does not come in on this side");
            return;
        }
        Bundle bundle;
        try {
            bundle = codec.decode(bytes);
        } catch (BundleException e) {
            refuse(fileName, bytes, e.getMessage());
            return;
        }
        if (!bundle.manifest().fileName().equals(fileName)) {
            refuse(fileName, bytes, "the manifest (" + bundle.manifest().fileName() + ") does not match the file name");
            return;
        }
        if (channel == Channel.ACKS) {
            bundle.envelopes().forEach(this::applyAck);
            return;
        }
        handlers.get(channel).handle(bundle.envelopes());
        if (!received.record(name.get())) {
            duplicateBundles.incrementAndGet();
        }
        durable.persist();
        acks.ack(name.get());
        if (props.archive()) {
            SpoolFiles.writeAtomically(props.archiveDir().resolve(channel.wireName()), fileName, bytes);
        }
        LOG.debug("received {} with {} envelopes", fileName, bundle.envelopes().size());
    }

    public long duplicateBundles() {
        return duplicateBundles.get();
    }

    public long quarantined() {
        return quarantined.get();
    }

    public ReceivedSequences sequences() {
        return received;
    }

    public java.util.Set<Channel> inboundChannels() {
        return handlers.keySet();
    }

    private void applyAck(Envelope envelope) {
        try {
            senders.acknowledge(HallJson.wire().readValue(envelope.body(), AckNote.class));
        } catch (JsonProcessingException e) {
            LOG.warn("ignored an unreadable ack {}: {}", envelope.id(), e.getOriginalMessage());
        }
    }

    private void refuse(String fileName, byte[] bytes, String reason) {
        quarantined.incrementAndGet();
        quarantine.keep(fileName, bytes, reason);
    }
}
