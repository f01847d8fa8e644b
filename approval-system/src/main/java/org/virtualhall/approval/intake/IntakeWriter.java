package org.virtualhall.approval.intake;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.system.ApprovalProperties;

/**
 * Group commit (组提交) for intake. Requests that arrive while a transaction is being written wait in a
 * queue; one writer thread then stores all of them in one transaction, and each request is answered
 * only after that transaction has committed. A busy hour costs one commit per batch instead of one per
 * case, and the store sees one writer instead of many competing for the same tables.
 */
@Component
class IntakeWriter implements SmartLifecycle {

    private record Waiting(ValidIntake intake, CompletableFuture<IntakeResult> answer) {
    }

    /** How long a request waits for its commit before it answers 503 (the writer is stuck or the store hangs). */
    private static final Duration COMMIT_WAIT = Duration.ofSeconds(30);

    private final CaseCreator creator;
    private final CaseRepository cases;
    private final int maxBatch;
    private final DistributionSummary batchSizes;
    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread writer;

    IntakeWriter(CaseCreator creator, CaseRepository cases, ApprovalProperties properties, MeterRegistry meters) {
        this.creator = creator;
        this.cases = cases;
        this.maxBatch = properties.intake().commitBatch();
        this.batchSizes = DistributionSummary.builder("approval.intake.commit.size")
                .description("intakes stored together in one transaction (group commit)").register(meters);
    }

    /** Stores the intakes (they may share a transaction with others) and returns once they are committed. */
    List<IntakeResult> store(List<ValidIntake> intakes) {
        if (!running) {
            throw new IllegalStateException("intake is not running");
        }
        List<CompletableFuture<IntakeResult>> answers = new ArrayList<>(intakes.size());
        for (ValidIntake v : intakes) {
            CompletableFuture<IntakeResult> answer = new CompletableFuture<>();
            answers.add(answer);
            queue.add(new Waiting(v, answer));
        }
        try {
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(COMMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // 503: the writer may still commit these, and the gateway's retry then finds the receipt taken.
            throw new QueryTimeoutException("intake not committed within " + COMMIT_WAIT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryTimeoutException("interrupted while waiting for the intake to be committed");
        } catch (ExecutionException e) {
            // answered below, with the cause the writer gave
        }
        try {
            return answers.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void run() {
        List<Waiting> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Waiting first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                batchSizes.record(batch.size());
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Waiting> batch) {
        try {
            List<IntakeResult> results = creator.storeAll(batch.stream().map(Waiting::intake).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer().complete(results.get(i));
            }
        } catch (DataIntegrityViolationException refused) {
            if (batch.size() > 1) {
                // A case the store refuses must not take the others down with it: each is tried alone.
                batch.forEach(w -> write(List.of(w)));
            } else {
                answerRefused(batch.get(0), refused);
            }
        } catch (RuntimeException storeDown) {
            batch.forEach(w -> w.answer().completeExceptionally(storeDown));
        }
    }

    /** A receipt taken meanwhile by another writer (a second instance on the same store) answers its case. */
    private void answerRefused(Waiting w, DataIntegrityViolationException refused) {
        try {
            Optional<CaseRecord> taken = refused instanceof DuplicateKeyException
                    ? cases.findByReceipt(w.intake().request().sbh()) : Optional.empty();
            taken.ifPresentOrElse(c -> w.answer().complete(CaseCreator.result(c, false)),
                    () -> w.answer().completeExceptionally(refused));
        } catch (RuntimeException storeDown) {
            w.answer().completeExceptionally(storeDown);
        }
    }

    @Override
    public void start() {
        running = true;
        writer = new Thread(this::run, "intake-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Stops taking new intakes, then writes what is already waiting before the store closes. */
    @Override
    public void stop() {
        running = false;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the web server takes requests and stops after it has finished them. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
