package org.virtualhall.gateway.inner.route;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.feedback.OutboundEvent;
import org.virtualhall.gateway.inner.InnerProperties;
import org.virtualhall.gateway.inner.InnerRefusal;
import org.virtualhall.gateway.inner.audit.AuditLog;
import org.virtualhall.gateway.inner.intake.SubmissionReplayer;
import org.virtualhall.gateway.inner.load.ApprovalIntake;
import org.virtualhall.gateway.inner.load.ApprovalUnavailable;
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
 * The inner chain (内网交换服务器), one transaction per submission: 异构转换 + 对照匹配 → 内容审计 → 行为监控 →
 * 装载 → feedback. A refusal is quarantined with its reason; an approval system that is down rolls the
 * message back onto the queue, to be redelivered later. Receipts already loaded are skipped.
 */
@Component
@Profile("inner")
class LoadRoute extends RouteBuilder {

    private final Transformer transformer;
    private final AuditLog audit;
    private final BehaviourMonitor monitor;
    private final ApprovalIntake approval;
    private final FeedbackPublisher feedback;
    private final QuarantineStore quarantine;
    private final IdempotentRepository loaded;
    private final InnerProperties props;

    LoadRoute(Transformer transformer, AuditLog audit, BehaviourMonitor monitor, ApprovalIntake approval,
              FeedbackPublisher feedback, QuarantineStore quarantine, IdempotentRepository loadedReceipts,
              InnerProperties props) {
        this.transformer = transformer;
        this.audit = audit;
        this.monitor = monitor;
        this.approval = approval;
        this.feedback = feedback;
        this.quarantine = quarantine;
        this.loaded = loadedReceipts;
        this.props = props;
    }

    @Override
    public void configure() {
        onException(InnerRefusal.class).handled(true).process(this::quarantine);
        // No redelivery inside the route: the rollback puts the message back and the broker redelivers it (500 ms,
        // backing off). Redelivery here would make Camel copy the message before every step, and each copy of a
        // JMS message throws and catches an exception inside camel-jms 4.14: a fifth of this route's CPU.
        onException(ApprovalUnavailable.class).maximumRedeliveries(0).logExhausted(true).logStackTrace(false);

        fromF("jms:queue:{{hall.gateway.queues.intake}}?transacted=true&concurrentConsumers=%d&cacheLevelName=CACHE_CONSUMER",
                props.loadConsumers())
                .routeId("inner-load")
                .process(this::open).id("open")
                .idempotentConsumer(header("receipt"), loaded).eager(false).skipDuplicate(true)
                    .process(e -> {
                        IntakeRecord record = transformer.transform(submission(e));
                        e.setProperty("record", record);
                        // what both audit rows hash: serialized once
                        e.setProperty("recordJson", HallJson.wire().writeValueAsBytes(record));
                    }).id("transform")
                    .process(e -> audit(e, "接收")).id("audit")
                    .process(e -> {
                        if (!e.getMessage().getHeader(SubmissionReplayer.REPLAY_HEADER, false, Boolean.class)) {
                            monitor.check(submission(e));
                        }
                    }).id("monitor")
                    .process(e -> e.setProperty("loaded", approval.load(e.getProperty("record", IntakeRecord.class)))).id("load")
                    .process(e -> audit(e, "装载")).id("audit-load")
                    .process(this::delivered).id("feedback")
                    .to(ExchangePattern.InOnly, "jms:queue:{{hall.gateway.queues.feedback}}").id("feedback-queue")
                .end();

        from("timer:monitor-forget?period=60000").routeId("monitor-forget").process(e -> monitor.forgetQuiet());
    }

    private void open(Exchange e) {
        Envelope envelope;
        Submission submission;
        try {
            envelope = HallJson.wire().readValue(e.getMessage().getBody(String.class), Envelope.class);
            submission = HallJson.wire().readValue(envelope.body(), Submission.class);
        } catch (java.io.IOException ex) {
            throw new InnerRefusal(InnerRefusal.REFUSED, "信封或申报内容无法解析：" + ex.getMessage());
        }
        e.setProperty("envelope", envelope);
        e.setProperty("submission", submission);
        e.getMessage().setHeader("receipt", submission.receipt());
    }

    private static Submission submission(Exchange e) {
        return e.getProperty("submission", Submission.class);
    }

    private void audit(Exchange e, String action) {
        Submission s = submission(e);
        audit.append(s.receipt(), s.applicant().idNumber() + "@" + s.source(), action,
                e.getProperty("recordJson", byte[].class));
    }

    /** The DELIVERED event goes out in the same broker transaction that consumes the submission. */
    private void delivered(Exchange e) {
        Submission s = submission(e);
        ApprovalIntake.LoadResult result = e.getProperty("loaded", ApprovalIntake.LoadResult.class);
        e.getMessage().setBody(feedback.envelopeJson(new OutboundEvent("delivered-" + s.receipt(), s.receipt(),
                Instant.now(), SubmissionStatus.DELIVERED, "已送达审批系统", "案件号 " + result.caseId(), "inner-gateway")));
    }

    private void quarantine(Exchange e) throws Exception {
        InnerRefusal refusal = e.getProperty(Exchange.EXCEPTION_CAUGHT, InnerRefusal.class);
        Submission s = submission(e);
        String receipt = s == null ? null : s.receipt();
        quarantine.keep(refusal.kind(), receipt, refusal.getMessage(), e.getMessage().getBody(String.class));
        if (s != null) {
            audit.append(receipt, s.applicant().idNumber() + "@" + s.source(), "暂存：" + refusal.getMessage(),
                    e.getMessage().getBody(String.class).getBytes(StandardCharsets.UTF_8));
            feedback.events(List.of(new OutboundEvent("held-" + receipt + "-" + Instant.now().toEpochMilli(), receipt,
                    Instant.now(), SubmissionStatus.ACCEPTED, "内网复核", "申报已到达内网，正在人工复核", "inner-gateway")));
        }
    }
}
