package org.virtualhall.approval.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.virtualhall.approval.cases.CasesChanged;
import org.virtualhall.approval.catalog.CatalogChanged;

/**
 * Keeps the search indices current, on a thread of its own (a full build never delays the console or the outbox):
 * everything at start; the catalog again after any change to it; each case after it was written (once its
 * transaction committed). What cannot be indexed because the node is unreachable stays due — the changed cases
 * remembered (or, past {@code max-pending}, a full build of the cases), the catalog marked — and is retried every
 * {@code sync-interval} until the node answers: nothing is missed while it was down. A restart builds everything
 * again, so nothing is lost with what this process remembered.
 */
@Service
class SearchSync implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SearchSync.class);

    private final InnerSearchNode node;
    private final CatalogSearchIndex catalog;
    private final CaseSearchIndex cases;
    private final SearchSettings settings;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "search-sync");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean catalogDue = new AtomicBoolean(true);
    private final AtomicBoolean allCasesDue = new AtomicBoolean(true);
    private final Set<Long> casesDue = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean nudged = new AtomicBoolean();

    SearchSync(InnerSearchNode node, CatalogSearchIndex catalog, CaseSearchIndex cases, SearchSettings settings) {
        this.node = node;
        this.catalog = catalog;
        this.cases = cases;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long interval = settings.syncInterval().toMillis();
        worker.scheduleWithFixedDelay(this::sync, 0, interval, TimeUnit.MILLISECONDS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void catalogChanged(CatalogChanged changed) {
        catalogDue.set(true);
        nudge();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void casesChanged(CasesChanged changed) {
        if (casesDue.size() + changed.ids().size() > settings.maxPending()) {
            allCasesDue.set(true);
            casesDue.clear();
        } else {
            casesDue.addAll(changed.ids());
        }
        nudge();
    }

    /** Whether anything waits to be indexed (tests and health: the indices are current when it does not). */
    boolean idle() {
        return !catalogDue.get() && !allCasesDue.get() && casesDue.isEmpty();
    }

    /** Changed cases waiting to be indexed. */
    int casesWaiting() {
        return allCasesDue.get() ? -1 : casesDue.size();
    }

    /** One pass soon, without queueing a pass per change when changes come fast. */
    private void nudge() {
        if (nudged.compareAndSet(false, true)) {
            worker.execute(() -> {
                nudged.set(false);
                sync();
            });
        }
    }

    /** Brings everything due into the index; on any failure it stays due for the next pass. */
    private void sync() {
        try {
            if (catalogDue.getAndSet(false)) {
                runOrMarkDue(catalog::rebuild, catalogDue);
            }
            if (allCasesDue.getAndSet(false)) {
                // cases changed during the build are still in casesDue and are written again below, into the new index
                runOrMarkDue(cases::rebuild, allCasesDue);
            }
            for (List<Long> batch = takeDueCases(); !batch.isEmpty(); batch = takeDueCases()) {
                indexCases(batch);
            }
            reached();
        } catch (IOException | ElasticsearchException | IllegalStateException e) {
            unreachable(e);
        } catch (RuntimeException e) {
            LOG.error("search index: a pass failed; it is tried again in {}", settings.syncInterval(), e);
        }
    }

    /**
     * Up to a batch of due cases, no longer due: taken before they are read, so that a case changed again while
     * being indexed is due again.
     */
    private List<Long> takeDueCases() {
        List<Long> batch = new ArrayList<>();
        for (Long id : casesDue) {
            if (batch.size() == settings.batch()) {
                break;
            }
            if (casesDue.remove(id)) {
                batch.add(id);
            }
        }
        return batch;
    }

    private void indexCases(List<Long> batch) throws IOException {
        try {
            cases.index(batch);
        } catch (IOException | RuntimeException e) {
            casesDue.addAll(batch);
            throw e;
        }
    }

    private static void runOrMarkDue(IndexStep step, AtomicBoolean due) throws IOException {
        try {
            step.run();
        } catch (IOException | RuntimeException e) {
            due.set(true);
            throw e;
        }
    }

    private void reached() {
        if (node.record(new InnerSearchNode.State(true, null))) {
            LOG.info("search index: the node at {} answers; the indices are current", node.url());
        }
    }

    private void unreachable(Exception e) {
        if (node.record(new InnerSearchNode.State(false, e.getClass().getSimpleName() + ": " + e.getMessage()))) {
            LOG.warn("search index: the node at {} cannot index now; retrying every {}", node.url(), settings.syncInterval(), e);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    @FunctionalInterface
    private interface IndexStep {
        void run() throws IOException;
    }
}
