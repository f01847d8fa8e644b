package org.virtualhall.gateway.inner.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.virtualhall.gateway.config.DurableCommits;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueuedEnvelopes;
import org.virtualhall.gateway.inner.InnerProperties;
import org.virtualhall.gateway.inner.intake.SubmissionReplayer;
import org.virtualhall.model.submission.Envelope;

/**
 * Takes submissions off the inner intake queue a batch at a time, in one broker transaction: the batch goes through
 * {@link BatchLoad}, its feedback events go onto the feedback queue (one message) and what waits for the approval
 * system goes back onto the intake queue with a delay (doubling up to a limit), what the load step wrote to the
 * database (audit rows, the loaded receipts) is made durable, and only then is the batch committed: once off the queue
 * it never comes again. A failure anywhere rolls the whole batch back onto the queue, for the broker to redeliver.
 * Called by one thread; its session stays open between calls.
 */
public class IntakeQueueReader {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeQueueReader.class);
    /** JMS property: how many times the message waited for the approval system. */
    static final String ATTEMPT = "hallAttempt";

    private final ConnectionFactory connectionFactory;
    private final Queues queues;
    private final BatchLoad load;
    private final DurableCommits durable;
    private final InnerProperties props;
    private Connection connection;
    private Session session;
    private MessageConsumer consumer;
    private MessageProducer feedback;
    private MessageProducer intake;

    public IntakeQueueReader(ConnectionFactory connectionFactory, Queues queues, BatchLoad load, DurableCommits durable,
                             InnerProperties props) {
        this.connectionFactory = connectionFactory;
        this.queues = queues;
        this.load = load;
        this.durable = durable;
        this.props = props;
    }

    /** Loads at most one batch; returns how many submissions it took off the queue. */
    public int drainOnce() {
        try {
            if (session == null) {
                open();
            }
            List<BatchLoad.Queued> batch = collect();
            if (batch.isEmpty()) {
                return 0;
            }
            BatchLoad.Outcome outcome = load.load(batch);
            if (!outcome.feedbackEnvelopes().isEmpty()) {
                feedback.send(session.createTextMessage(QueuedEnvelopes.pack(outcome.feedbackEnvelopes())));
            }
            for (BatchLoad.Later later : outcome.later()) {
                sendBack(later);
            }
            durable.persist();
            session.commit();
            return batch.size();
        } catch (JMSException | RuntimeException e) {
            close();
            throw e instanceof RuntimeException r ? r : new IllegalStateException("loading from " + queues.intake(), e);
        }
    }

    private void open() throws JMSException {
        connection = connectionFactory.createConnection();
        connection.start();
        session = connection.createSession(true, Session.SESSION_TRANSACTED);
        consumer = session.createConsumer(session.createQueue(queues.intake()));
        feedback = session.createProducer(session.createQueue(queues.feedback()));
        feedback.setDeliveryMode(DeliveryMode.PERSISTENT);
        intake = session.createProducer(session.createQueue(queues.intake()));
        intake.setDeliveryMode(DeliveryMode.PERSISTENT);
    }

    /**
     * The first message within the poll timeout, then whatever is there already, until the batch holds
     * {@code load-batch} submissions (a message may hold a whole bundle's).
     */
    private List<BatchLoad.Queued> collect() throws JMSException {
        List<BatchLoad.Queued> batch = new ArrayList<>();
        for (Message m = consumer.receive(props.loadPollTimeout().toMillis()); m != null; m = consumer.receiveNoWait()) {
            add(batch, m);
            if (batch.size() >= props.loadBatch()) {
                break;
            }
        }
        return batch;
    }

    private static void add(List<BatchLoad.Queued> batch, Message m) throws JMSException {
        boolean replay = m.propertyExists(SubmissionReplayer.REPLAY_HEADER) && m.getBooleanProperty(SubmissionReplayer.REPLAY_HEADER);
        int attempt = m.propertyExists(ATTEMPT) ? m.getIntProperty(ATTEMPT) : 0;
        String text = Objects.requireNonNullElse(((TextMessage) m).getText(), "");
        try {
            for (Envelope envelope : QueuedEnvelopes.envelopes(text)) {
                batch.add(BatchLoad.Queued.of(envelope, replay, attempt));
            }
        } catch (JsonProcessingException e) {
            batch.add(BatchLoad.Queued.unreadable(text, e.getOriginalMessage(), m.getStringProperty("receipt")));
        }
    }

    /** Puts a submission back on the queue, to be delivered again after its delay. */
    private void sendBack(BatchLoad.Later later) throws JMSException {
        BatchLoad.Queued q = later.queued();
        TextMessage message = session.createTextMessage(q.body());
        message.setStringProperty("receipt", q.receipt());
        message.setBooleanProperty(SubmissionReplayer.REPLAY_HEADER, q.replay());
        message.setIntProperty(ATTEMPT, q.attempt() + 1);
        Duration delay = retryDelay(q.attempt(), props.loadRetryAfter(), props.loadRetryMax());
        intake.setDeliveryDelay(delay.toMillis());
        intake.send(message);
        try (MDC.MDCCloseable ignored = MDC.putCloseable("receipt", q.receipt())) {
            LOG.warn("{} not loaded ({}), tried again in {} ms", q.receipt(), later.reason(), delay.toMillis());
        }
    }

    /** The first wait, doubled for every wait before, at most the limit. */
    static Duration retryDelay(int attempt, Duration first, Duration max) {
        long millis = first.toMillis() << Math.min(attempt, 20);
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /** Rolls back and closes the session: what it had taken goes back to the queue. */
    private void close() {
        try {
            if (session != null) {
                session.rollback();
            }
        } catch (JMSException e) {
            LOG.warn("rolling back the session on {}: {}", queues.intake(), e.getMessage());
        }
        try {
            // its consumer too, which would otherwise go on taking messages that nobody reads
            if (session != null) {
                session.close();
            }
            if (connection != null) {
                connection.close();
            }
        } catch (JMSException e) {
            LOG.warn("closing the connection on {}: {}", queues.intake(), e.getMessage());
        }
        connection = null;
        session = null;
        consumer = null;
        feedback = null;
        intake = null;
    }
}
