package org.virtualhall.gateway.inner.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.feedback.OutboundEvent;
import org.virtualhall.gateway.gap.send.QueuedEnvelopes;
import org.virtualhall.gateway.inner.InnerRefusal;
import org.virtualhall.gateway.inner.audit.AuditLog;
import org.virtualhall.gateway.inner.monitor.BehaviourMonitor;
import org.virtualhall.gateway.inner.outbound.FeedbackPublisher;
import org.virtualhall.gateway.inner.transform.IntakeRecord;
import org.virtualhall.gateway.inner.transform.Transformer;
import org.virtualhall.gateway.quarantine.QuarantineStore;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;
import org.virtualhall.model.submission.Submission;
import org.virtualhall.model.submission.SubmissionStatus;

/**
 * The inner chain (内网交换服务器) over a batch of queued submissions: 异构转换 + 对照匹配 → 内容审计 → 行为监控 →
 * 装载 (one approval call for the batch) → 内容审计 → the 已送达 events. A submission refused on the way is
 * quarantined with its reason and the citizen told it is under review; one the approval system cannot take now is
 * handed back to wait; a receipt loaded before is not loaded again, its 已送达 is sent again. What this returns —
 * the events and what waits — the caller queues in the transaction that takes the batch off the queue.
 */
@Component
@Profile("inner")
public class BatchLoad {

    private static final Logger LOG = LoggerFactory.getLogger(BatchLoad.class);

    private final Transformer transformer;
    private final AuditLog audit;
    private final BehaviourMonitor monitor;
    private final ApprovalIntake approval;
    private final LoadedReceipts loaded;
    private final QuarantineStore quarantine;
    private final LongAdder loadedTotal = new LongAdder();
    private final LongAdder laterTotal = new LongAdder();
    private final LongAdder quarantinedTotal = new LongAdder();

    BatchLoad(Transformer transformer, AuditLog audit, BehaviourMonitor monitor, ApprovalIntake approval,
              LoadedReceipts loaded, QuarantineStore quarantine) {
        this.transformer = transformer;
        this.audit = audit;
        this.monitor = monitor;
        this.approval = approval;
        this.loaded = loaded;
        this.quarantine = quarantine;
    }

    public Outcome load(List<Queued> batch) {
        List<String> events = new ArrayList<>();
        List<Opened> fresh = fresh(open(batch, events), events);
        audit.appendAll(fresh.stream().map(o -> o.row("接收")).toList());
        List<Opened> passed = monitored(fresh, events);
        List<Later> later = new ArrayList<>();
        List<ApprovalIntake.LoadResult> taken = new ArrayList<>();
        List<AuditLog.Row> loadRows = new ArrayList<>();
        List<ApprovalIntake.LoadOutcome> outcomes = passed.isEmpty() ? List.of()
                : approval.load(passed.stream().map(Opened::record).toList());
        for (int i = 0; i < passed.size(); i++) {
            Opened o = passed.get(i);
            ApprovalIntake.LoadOutcome outcome = outcomes.get(i);
            if (outcome instanceof ApprovalIntake.Loaded l) {
                taken.add(l.result());
                loadRows.add(o.row("装载"));
                events.add(delivered(o.submission().receipt(), l.result().caseId()));
            } else if (outcome instanceof ApprovalIntake.Refused r) {
                refuse(o.queued(), o.submission(), r.refusal(), events);
            } else if (outcome instanceof ApprovalIntake.Later w) {
                later.add(new Later(o.queued(), w.reason()));
            }
        }
        audit.appendAll(loadRows);
        loaded.record(taken);
        taken.forEach(BatchLoad::logLoaded);
        loadedTotal.add(taken.size());
        laterTotal.add(later.size());
        return new Outcome(events, later);
    }

    /** Submissions the approval system has taken, since start. */
    public long loadedTotal() {
        return loadedTotal.sum();
    }

    /** Times a submission was handed back to wait for the approval system, since start. */
    public long laterTotal() {
        return laterTotal.sum();
    }

    /** Submissions quarantined (refused or held), since start. */
    public long quarantinedTotal() {
        return quarantinedTotal.sum();
    }

    /** Reads each submission; a message or submission that cannot be read is quarantined (it never will be). */
    private List<Opened> open(List<Queued> batch, List<String> events) {
        List<Opened> opened = new ArrayList<>(batch.size());
        for (Queued q : batch) {
            try {
                if (q.envelope() == null) {
                    throw new IOException(q.unreadable());
                }
                opened.add(new Opened(q, HallJson.wire().readValue(q.envelope().body(), Submission.class), null, null));
            } catch (IOException | RuntimeException e) {
                refuse(q, null, new InnerRefusal(InnerRefusal.REFUSED, "信封或申报内容无法解析：" + e.getMessage()), events);
            }
        }
        return opened;
    }

    /**
     * Drops repeats — of a receipt already loaded (its 已送达 goes out again) or twice in this batch — and
     * transforms the rest; a submission whose codes do not map is quarantined.
     */
    private List<Opened> fresh(List<Opened> opened, List<String> events) {
        Map<String, String> known = loaded.caseIds(opened.stream().map(o -> o.submission().receipt()).toList());
        Set<String> receipts = new HashSet<>();
        List<Opened> fresh = new ArrayList<>(opened.size());
        for (Opened o : opened) {
            String receipt = o.submission().receipt();
            if (!receipts.add(receipt)) {
                continue;
            }
            if (known.containsKey(receipt)) {
                events.add(delivered(receipt, known.get(receipt)));
                continue;
            }
            try {
                IntakeRecord record = transformer.transform(o.submission());
                // what both audit rows hash: serialized once
                fresh.add(new Opened(o.queued(), o.submission(), record, HallJson.wire().writeValueAsBytes(record)));
            } catch (InnerRefusal r) {
                refuse(o.queued(), o.submission(), r, events);
            } catch (IOException e) {
                throw new IllegalStateException("an intake record could not be serialized", e);
            }
        }
        return fresh;
    }

    /** 行为监控: those that pass; the others are held in quarantine for an operator. */
    private List<Opened> monitored(List<Opened> fresh, List<String> events) {
        List<Opened> passed = new ArrayList<>(fresh.size());
        for (Opened o : fresh) {
            try {
                // A replay was let through by an operator; a retry was counted when it first came.
                if (!o.queued().replay() && o.queued().attempt() == 0) {
                    monitor.check(o.submission());
                }
                passed.add(o);
            } catch (InnerRefusal r) {
                refuse(o.queued(), o.submission(), r, events);
            }
        }
        return passed;
    }

    private void refuse(Queued q, Submission s, InnerRefusal refusal, List<String> events) {
        String receipt = s == null ? q.receipt() : s.receipt();
        quarantinedTotal.increment();
        String body = q.body();
        quarantine.keep(refusal.kind(), receipt, refusal.getMessage(), body);
        if (s != null) {
            audit.append(receipt, actor(s), "暂存：" + refusal.getMessage(), body.getBytes(StandardCharsets.UTF_8));
            events.add(FeedbackPublisher.envelopeJson(new OutboundEvent("held-" + receipt + "-" + Instant.now().toEpochMilli(),
                    receipt, Instant.now(), SubmissionStatus.ACCEPTED, "内网复核", "申报已到达内网，正在人工复核",
                    "inner-gateway")));
        }
    }

    private String delivered(String receipt, String caseId) {
        return FeedbackPublisher.envelopeJson(new OutboundEvent("delivered-" + receipt, receipt, Instant.now(),
                SubmissionStatus.DELIVERED, "已送达审批系统", "案件号 " + caseId, "inner-gateway"));
    }

    private static String actor(Submission s) {
        return s.applicant().idNumber() + "@" + s.source();
    }

    private static void logLoaded(ApprovalIntake.LoadResult r) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable("receipt", r.receipt())) {
            LOG.info("loaded {} as case {}{}", r.receipt(), r.caseId(), r.created() ? "" : " (known already)");
        }
    }

    /**
     * A submission taken from the intake queue: its envelope, or — when the message could not be read — what the
     * message said and why it could not be read.
     *
     * @param receipt the message's {@code receipt} property, for a message that could not be read
     * @param replay  put back by an operator (behaviour monitoring is skipped)
     * @param attempt how many times it waited for the approval system before
     */
    public record Queued(Envelope envelope, String raw, String unreadable, String receipt, boolean replay, int attempt) {

        public static Queued of(Envelope envelope, boolean replay, int attempt) {
            return new Queued(envelope, null, null, envelope.receipt(), replay, attempt);
        }

        public static Queued unreadable(String raw, String why, String receipt) {
            return new Queued(null, raw, why, receipt, false, 0);
        }

        /** The envelope's JSON as it is kept in the quarantine and queued again; the message itself if unreadable. */
        public String body() {
            if (envelope == null) {
                return raw;
            }
            return QueuedEnvelopes.json(envelope);
        }
    }

    /** What to queue with the batch: the feedback events, and the submissions that wait for the approval system. */
    public record Outcome(List<String> feedbackEnvelopes, List<Later> later) {
    }

    /** A submission the approval system could not take now, and why. */
    public record Later(Queued queued, String reason) {
    }

    private record Opened(Queued queued, Submission submission, IntakeRecord record, byte[] recordJson) {
        AuditLog.Row row(String action) {
            return new AuditLog.Row(submission.receipt(), actor(submission), action, recordJson);
        }
    }
}
