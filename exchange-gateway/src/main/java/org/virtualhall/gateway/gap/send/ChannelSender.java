package org.virtualhall.gateway.gap.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;
import org.virtualhall.gateway.gap.GapProperties;
import org.virtualhall.gateway.gap.bundle.BundleCodec;
import org.virtualhall.gateway.gap.bundle.BundleName;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.bundle.SpoolFiles;
import org.virtualhall.model.submission.Envelope;

/**
 * Moves one channel's envelopes from its persistent queue into bundles on the spool. A batch leaves the
 * queue only after its bundle is written twice: to the pending directory (kept until the other side acks)
 * and to the spool (taken by the ferry). A crash in between re-delivers the batch; the receiver drops the
 * envelopes it has already seen.
 */
public class ChannelSender {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelSender.class);

    private final Channel channel;
    private final String queue;
    private final JmsTemplate transactedJms;
    private final BundleCodec codec;
    private final SequenceStore sequences;
    private final GapProperties props;
    private final Path pendingDir;
    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong resends = new AtomicLong();
    private final AtomicLong envelopesSent = new AtomicLong();
    private Session session;
    private MessageConsumer consumer;

    public ChannelSender(Channel channel, String queue, JmsTemplate transactedJms, BundleCodec codec,
                         SequenceStore sequences, GapProperties props) {
        this.channel = channel;
        this.queue = queue;
        this.transactedJms = transactedJms;
        this.codec = codec;
        this.sequences = sequences;
        this.props = props;
        this.pendingDir = props.pendingDir().resolve(channel.wireName());
        recover();
    }

    public Channel channel() {
        return channel;
    }

    public String queue() {
        return queue;
    }

    /**
     * Takes up to one batch from the queue and ships it; returns the number of envelopes shipped. Called by one
     * thread only; its transacted session and consumer stay open between calls (opening them, and starting and
     * stopping the shared connection, for every batch cost more than the batch itself).
     */
    public int drainOnce() {
        try {
            if (session == null) {
                Connection connection = transactedJms.getConnectionFactory().createConnection();
                connection.start();
                session = connection.createSession(true, Session.SESSION_TRANSACTED);
                consumer = session.createConsumer(session.createQueue(queue));
            }
            List<Envelope> batch = collect(consumer);
            if (!batch.isEmpty()) {
                ship(batch);
            }
            session.commit();
            return batch.size();
        } catch (JMSException | RuntimeException e) {
            closeSession();
            throw e instanceof RuntimeException r ? r : new IllegalStateException("draining " + queue, e);
        }
    }

    /** Closes the held session; uncommitted messages go back to the queue. */
    private void closeSession() {
        try {
            if (session != null) {
                session.close();
            }
        } catch (JMSException e) {
            LOG.warn("closing the session of {}: {}", queue, e.getMessage());
        }
        session = null;
        consumer = null;
    }

    /** The other side has verified and processed this bundle: forget it. */
    public void acknowledge(long sequence) {
        try {
            Files.deleteIfExists(pendingDir.resolve(name(sequence).fileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pending.remove(sequence);
    }

    /** Puts back on the spool every bundle not acked in time, unless the ferry has not taken it yet. */
    public int resendOverdue() {
        Instant due = Instant.now().minus(props.resendAfter());
        int count = 0;
        for (Map.Entry<Long, Pending> e : pending.entrySet()) {
            if (e.getValue().lastSent().isAfter(due)) {
                continue;
            }
            String name = name(e.getKey()).fileName();
            Path kept = pendingDir.resolve(name);
            try {
                if (Files.exists(kept) && !Files.exists(props.spoolOut().resolve(name))) {
                    SpoolFiles.writeAtomically(props.spoolOut(), name, Files.readAllBytes(kept));
                    resends.incrementAndGet();
                    count++;
                    LOG.info("resent bundle {} (not acked within {})", name, props.resendAfter());
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            pending.computeIfPresent(e.getKey(), (k, p) -> p.resent());
        }
        return count;
    }

    public SenderStatus status() {
        Instant oldest = pending.values().stream().map(Pending::firstSent).min(Instant::compareTo).orElse(null);
        Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, Instant.now());
        return new SenderStatus(channel.wireName(), sequences.lastUsed(channel), pending.size(), age,
                resends.get(), envelopesSent.get());
    }

    private List<Envelope> collect(MessageConsumer consumer) throws JMSException {
        List<Envelope> batch = new ArrayList<>();
        Message first = consumer.receive(props.pollTimeout().toMillis());
        if (first == null) {
            return batch;
        }
        long bytes = add(batch, first);
        long deadline = System.nanoTime() + props.batchWindow().toNanos();
        while (batch.size() < props.batchSize() && bytes < props.batchBytes()) {
            long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
            Message next = remainingMs > 0 ? consumer.receive(remainingMs) : consumer.receiveNoWait();
            if (next == null) {
                break;
            }
            bytes += add(batch, next);
        }
        return batch;
    }

    private static long add(List<Envelope> batch, Message message) throws JMSException {
        String text = ((TextMessage) message).getText();
        try {
            batch.addAll(QueuedEnvelopes.envelopes(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a queued envelope is not valid JSON", e);
        }
        return text.length();
    }

    private void ship(List<Envelope> batch) {
        long sequence = sequences.next(channel);
        String name = name(sequence).fileName();
        byte[] bytes = codec.encode(name(sequence), batch);
        SpoolFiles.writeAtomically(pendingDir, name, bytes);
        sequences.recordUsed(channel, sequence);
        SpoolFiles.writeAtomically(props.spoolOut(), name, bytes);
        Instant now = Instant.now();
        pending.put(sequence, new Pending(now, now));
        envelopesSent.addAndGet(batch.size());
        LOG.debug("shipped bundle {} with {} envelopes", name, batch.size());
    }

    private void recover() {
        long highest = 0;
        try {
            Files.createDirectories(pendingDir);
            try (Stream<Path> files = Files.list(pendingDir)) {
                for (Path file : files.toList()) {
                    var name = BundleName.parse(file.getFileName().toString());
                    if (name.isPresent() && name.get().sender().equals(sequences.sender())) {
                        highest = Math.max(highest, name.get().sequence());
                        pending.put(name.get().sequence(), new Pending(Instant.now(), Instant.now()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sequences.recover(channel, highest);
    }

    /** This instance's bundle of the channel with that number. */
    private BundleName name(long sequence) {
        return new BundleName(channel, sequences.sender(), sequence);
    }

    private record Pending(Instant firstSent, Instant lastSent) {
        Pending resent() {
            return new Pending(firstSent, Instant.now());
        }
    }
}
