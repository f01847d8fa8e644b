package org.virtualhall.gateway.inner.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.inner.InnerProperties;
import org.virtualhall.gateway.inner.InnerRefusal;
import org.virtualhall.gateway.inner.transform.IntakeRecord;

/**
 * 装载 in batches ({@code POST /api/intake/batch}, docs/contracts.md). Each load consumer hands in its record and
 * waits; a writer takes whatever has gathered meanwhile and sends it in one call, then gives every consumer its
 * own record's answer: 201/200 loaded, 4xx a refusal for the quarantine, no answer or 5xx "try again later"
 * (the consumer's message goes back on the queue). No added wait: alone, a record is a batch of one. Each
 * consumer keeps its own broker transaction; one that fails after its batch was stored is loaded again later and
 * answered 200, as with single calls.
 */
@Component
@Profile("inner")
@ConditionalOnExpression("${hall.gateway.inner.load-batch:100} > 1")
class BatchingApprovalIntake implements ApprovalIntake, SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(BatchingApprovalIntake.class);

    private final ApprovalHttp http;
    private final InnerProperties props;
    private final BlockingQueue<Waiting> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running;

    BatchingApprovalIntake(ApprovalHttp http, InnerProperties props) {
        this.http = http;
        this.props = props;
    }

    @Override
    public LoadResult load(IntakeRecord record) {
        Waiting w = new Waiting(record, new CompletableFuture<>());
        if (!running) {
            throw new ApprovalUnavailable("the batch writer is stopped", null);
        }
        waiting.add(w);
        try {
            // The writer answers within its HTTP timeout; waiting twice that covers the batch queued before ours.
            return w.answer().get(props.approvalTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new CompletionException(e.getCause());
        } catch (TimeoutException e) {
            throw new ApprovalUnavailable("no answer from the batch writer for " + record.sbh(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApprovalUnavailable("interrupted while loading " + record.sbh(), e);
        }
    }

    /** Records waiting for a writer. */
    int waiting() {
        return waiting.size();
    }

    private void write() {
        List<Waiting> batch = new ArrayList<>(props.loadBatch());
        while (running) {
            try {
                Waiting first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, props.loadBatch() - 1);
                send(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("batch of {} records failed: {}", batch.size(), e.toString());
            } finally {
                batch.stream().filter(w -> !w.answer().isDone()).forEach(w -> w.answer()
                        .completeExceptionally(new ApprovalUnavailable("batch not answered", null)));
                batch.clear();
            }
        }
    }

    private void send(List<Waiting> batch) {
        List<IntakeRecord> records = batch.stream().map(Waiting::record).toList();
        JsonNode answers;
        try {
            answers = http.post("/api/intake/batch", records, batch.size() + " records").body();
        } catch (InnerRefusal e) {
            // The call itself was refused (e.g. an approval system without the batch intake): no record is at fault,
            // so none goes to the quarantine; they stay on the queue until the deployment is put right.
            LOG.error("the approval system refused the batch call itself ({}); with an approval system that has no "
                    + "POST /api/intake/batch, set hall.gateway.inner.load-batch=1", e.getMessage());
            ApprovalUnavailable later = new ApprovalUnavailable("batch call refused: " + e.getMessage(), e);
            batch.forEach(w -> w.answer().completeExceptionally(later));
            return;
        } catch (RuntimeException e) {
            LOG.warn("batch of {} records not loaded: {}", batch.size(), e.getMessage());
            batch.forEach(w -> w.answer().completeExceptionally(e));
            return;
        }
        if (!answers.isArray() || answers.size() != batch.size()) {
            ApprovalUnavailable wrong = new ApprovalUnavailable("the approval system answered " + answers.size()
                    + " results for a batch of " + batch.size(), null);
            batch.forEach(w -> w.answer().completeExceptionally(wrong));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            answer(batch.get(i), answers.get(i));
        }
    }

    private static void answer(Waiting w, JsonNode a) {
        int status = a.path("status").asInt();
        if (status == 201 || status == 200) {
            w.answer().complete(new LoadResult(w.record().sbh(), a.path("caseId").asText(null),
                    a.path("state").asText(null), status == 201));
        } else if (status >= 400 && status < 500) {
            w.answer().completeExceptionally(ApprovalHttp.refusal(status, a));
        } else {
            w.answer().completeExceptionally(new ApprovalUnavailable("the approval system answered " + status + " for "
                    + w.record().sbh(), null));
        }
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < props.loadBatchWriters(); i++) {
            Thread t = new Thread(this::write, "intake-batch-" + i);
            t.start();
            writers.add(t);
        }
    }

    @Override
    public void stop() {
        running = false;
        for (Thread t : writers) {
            try {
                t.join(props.approvalTimeout().toMillis() * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writers.clear();
        waiting.forEach(w -> w.answer().completeExceptionally(new ApprovalUnavailable("the batch writer stopped", null)));
        waiting.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the load route (Camel stops at a higher phase), so no consumer waits on a stopped writer. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }

    private record Waiting(IntakeRecord record, CompletableFuture<LoadResult> answer) {
    }
}
