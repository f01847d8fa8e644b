package org.virtualhall.gateway.outer.intake;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.virtualhall.gateway.config.DurableCommits;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueuedEnvelopes;
import org.virtualhall.gateway.outer.timeline.TimelineStore;
import org.virtualhall.gateway.web.Refusal;

/**
 * 成组提交 (group commit) of accepted submissions. Many request threads hand in their sealed submission and wait;
 * one writer takes whatever has gathered meanwhile, stores the group's idempotency keys with their receipts (see
 * {@link IdempotencyKeys}), puts the group on the persistent queue as one message in one broker transaction (one
 * journal sync for the whole group), records the submissions in one database transaction, and only then releases the
 * waiting threads, which answer 202. A failed group releases its threads with a 503: nothing was
 * accepted, the citizen submits again. A request that gave up waiting before the writer took its submission
 * answers 503 and its submission is never written, so a 202 and a commit always go together.
 * No added wait: under light load a group is one submission.
 */
@Component
@Profile("outer")
public class GroupCommit implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    /** How long a request whose submission the writer has taken waits for that commit; only a hung broker takes longer. */
    private static final Duration IN_HAND = Duration.ofSeconds(60);

    private final ConnectionFactory connectionFactory;
    private final TimelineStore timeline;
    private final IdempotencyKeys keys;
    private final DurableCommits durable;
    private final TransactionTemplate transaction;
    private final String queue;
    private final GroupCommitProperties props;
    private final BlockingQueue<Waiting> waiting;
    private final AtomicLong groups = new AtomicLong();
    private final AtomicLong committed = new AtomicLong();
    private volatile boolean running;
    private Thread writer;
    private Connection connection;
    private Session session;
    private MessageProducer producer;

    GroupCommit(ConnectionFactory connectionFactory, TimelineStore timeline, IdempotencyKeys keys, DurableCommits durable,
                TransactionTemplate transaction, Queues queues, GroupCommitProperties props) {
        this.connectionFactory = connectionFactory;
        this.timeline = timeline;
        this.keys = keys;
        this.durable = durable;
        this.transaction = transaction;
        this.queue = queues.submissions();
        this.props = props;
        this.waiting = new ArrayBlockingQueue<>(props.maxWaiting());
    }

    /**
     * Returns once the submission is on the persistent queue and its timeline (and key, if any) is recorded; a
     * 503 refusal otherwise.
     */
    public void store(Sealer.Sealed sealed, SubmissionKey key) {
        Waiting w = new Waiting(sealed, key, new CompletableFuture<>(), new AtomicBoolean());
        try {
            if (!running || !waiting.offer(w, props.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
            try {
                w.done().get(props.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (w.claimed().compareAndSet(false, true)) {
                    throw busy();
                }
                // The writer took it just now: the answer is its commit's, which is already under way.
                w.done().get(IN_HAND.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Refusal refusal ? refusal : busy();
        } catch (TimeoutException e) {
            throw busy();
        }
    }

    public long groups() {
        return groups.get();
    }

    public long committed() {
        return committed.get();
    }

    private void run() {
        List<Waiting> group = new ArrayList<>(props.maxGroup());
        while (running || !waiting.isEmpty()) {
            try {
                Waiting first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                waiting.drainTo(group, props.maxGroup() - 1);
                group.removeIf(w -> !w.claimed().compareAndSet(false, true));
                if (group.isEmpty()) {
                    continue;
                }
                commit(group);
                group.forEach(w -> w.done().complete(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                group.forEach(w -> w.done().completeExceptionally(e));
                return;
            } catch (JMSException | RuntimeException e) {
                LOG.warn("group of {} submissions not committed, answered 503: {}", group.size(), e.toString());
                closeSession();
                group.forEach(w -> w.done().completeExceptionally(e));
            } finally {
                group.clear();
            }
        }
    }

    private void commit(List<Waiting> group) throws JMSException {
        if (session == null) {
            connection = connectionFactory.createConnection();
            session = connection.createSession(true, Session.SESSION_TRANSACTED);
            producer = session.createProducer(session.createQueue(queue));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        }
        List<IdempotencyKeys.Keyed> keyed = group.stream().filter(w -> w.key() != null)
                .map(w -> new IdempotencyKeys.Keyed(w.key(), w.sealed().submission().receipt())).toList();
        if (!keyed.isEmpty()) {
            List<SubmissionKey> heldElsewhere;
            try {
                heldElsewhere = transaction.execute(status -> keys.reserve(keyed));
            } catch (DuplicateKeyException e) {
                // another outer instance stored one of these keys at the same moment; its row is there now
                heldElsewhere = transaction.execute(status -> keys.reserve(keyed));
            }
            durable.persist();
            answerInUse(group, heldElsewhere);
            if (group.isEmpty()) {
                return;
            }
        }
        try {
            producer.send(session.createTextMessage(
                    QueuedEnvelopes.pack(group.stream().map(w -> w.sealed().envelopeJson()).toList())));
            session.commit();
        } catch (JMSException | RuntimeException e) {
            session.rollback();
            throw e;
        }
        timeline.accepted(group.stream().map(w -> w.sealed().submission()).toList());
        durable.persist();
        groups.incrementAndGet();
        committed.addAndGet(group.size());
    }

    /** Takes out of the group, answered 409, the submissions whose key another instance was handling first. */
    private static void answerInUse(List<Waiting> group, List<SubmissionKey> heldElsewhere) {
        group.removeIf(w -> {
            boolean lost = w.key() != null && heldElsewhere.contains(w.key());
            if (lost) {
                w.done().completeExceptionally(IdempotencyKeys.inUse());
            }
            return lost;
        });
    }

    /** Closes the connection with its session, so that a failed group leaves nothing open behind it. */
    private void closeSession() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (JMSException e) {
            LOG.debug("closing the group commit connection: {}", e.getMessage());
        }
        connection = null;
        session = null;
        producer = null;
    }

    private static Refusal busy() {
        return new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "受理繁忙，申报未被受理，请稍后重新提交", null);
    }

    @Override
    public void start() {
        running = true;
        writer = new Thread(this::run, "group-commit");
        writer.start();
    }

    @Override
    public void stop() {
        running = false;
        try {
            writer.join(props.timeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeSession();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (which stops first, at a higher phase) so no request waits on a stopped writer. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }

    /**
     * A submission waiting for the writer.
     *
     * @param claimed set once, by whoever comes first: the writer taking it into a group, or its request giving up
     */
    private record Waiting(Sealer.Sealed sealed, SubmissionKey key, CompletableFuture<Void> done, AtomicBoolean claimed) {
    }
}
