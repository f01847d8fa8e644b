package org.virtualhall.gateway.inner.supplement;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.config.DurableCommits;
import org.virtualhall.gateway.feedback.OutboundEvent;
import org.virtualhall.gateway.inner.InnerProperties;
import org.virtualhall.gateway.inner.InnerRefusal;
import org.virtualhall.gateway.inner.audit.AuditLog;
import org.virtualhall.gateway.inner.load.ApprovalSupplements;
import org.virtualhall.gateway.inner.load.ApprovalUnavailable;
import org.virtualhall.gateway.inner.outbound.FeedbackPublisher;
import org.virtualhall.gateway.inner.transform.SupplementRecord;
import org.virtualhall.gateway.inner.transform.Transformer;
import org.virtualhall.gateway.quarantine.QuarantineStore;
import org.virtualhall.gateway.supplement.Supplement;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/**
 * The inner chain for 补正材料, one transaction per supplement: 异构转换 → 内容审计 → 装载 into the case. A refusal
 * (unknown receipt, case no longer waiting for a correction, bad record) is quarantined with its reason and
 * audited; an approval system that is down rolls the message back onto the queue. Supplements already loaded
 * are skipped. The approval system itself tells the citizen 「申请人补正材料」 through its feedback; a supplement
 * quarantined here is told to the citizen as a notice ({@value #NOT_TAKEN}), which leaves the status as it is.
 * What the route wrote to the database (audit rows, the quarantine) is made durable before the broker commit takes
 * the message off the queue for good.
 */
@Component
@Profile("inner")
class SupplementLoadRoute extends RouteBuilder {

    private final Transformer transformer;
    private final AuditLog audit;
    private final ApprovalSupplements approval;
    /** The notice's step (docs/contracts.md): the client offers 补交材料 again after it. */
    static final String NOT_TAKEN = "补正材料未被接收";

    private final QuarantineStore quarantine;
    private final FeedbackPublisher feedback;
    private final IdempotentRepository loaded;
    private final DurableCommits durable;
    private final int consumers;

    SupplementLoadRoute(Transformer transformer, AuditLog audit, ApprovalSupplements approval,
                        QuarantineStore quarantine, FeedbackPublisher feedback, IdempotentRepository loadedSupplements,
                        DurableCommits durable, InnerProperties props) {
        this.transformer = transformer;
        this.audit = audit;
        this.approval = approval;
        this.quarantine = quarantine;
        this.feedback = feedback;
        this.loaded = loadedSupplements;
        this.durable = durable;
        this.consumers = props.supplementConsumers();
    }

    @Override
    public void configure() {
        onException(InnerRefusal.class).handled(true).process(this::quarantine).process(e -> durable.persist());
        // No redelivery inside the route: the rollback puts the message back and the broker redelivers it (500 ms,
        // backing off). Redelivery here would make Camel copy the message before every step, and each copy of a
        // JMS message throws and catches an exception inside camel-jms 4.14: a fifth of this route's CPU.
        onException(ApprovalUnavailable.class).maximumRedeliveries(0).logExhausted(true).logStackTrace(false);

        fromF("jms:queue:{{hall.gateway.queues.supplements}}?transacted=true&concurrentConsumers=%d&cacheLevelName=CACHE_CONSUMER",
                consumers)
                .routeId("inner-supplement")
                .process(this::open).id("supplement-open")
                .idempotentConsumer(header("envelopeId"), loaded).eager(false).skipDuplicate(true)
                    .process(e -> {
                        SupplementRecord record = transformer.transform(supplement(e));
                        e.setProperty("record", record);
                        // what both audit rows hash: serialized once
                        e.setProperty("recordJson", HallJson.wire().writeValueAsBytes(record));
                    }).id("supplement-transform")
                    .process(e -> audit(e, "接收补正：" + supplement(e).materialNames())).id("supplement-audit")
                    .process(e -> approval.load(supplement(e).receipt(), e.getProperty("record",
                            SupplementRecord.class))).id("supplement-load")
                    .process(e -> audit(e, "装载补正：" + supplement(e).id())).id("supplement-audit-load")
                .end()
                .process(e -> durable.persist()).id("supplement-durable");
    }

    private void open(Exchange e) {
        Supplement supplement;
        try {
            Envelope envelope = HallJson.wire().readValue(e.getMessage().getBody(String.class), Envelope.class);
            supplement = HallJson.wire().readValue(envelope.body(), Supplement.class);
            e.getMessage().setHeader("envelopeId", envelope.id());
        } catch (java.io.IOException ex) {
            throw new InnerRefusal(SupplementReplayer.KIND, "信封或补正内容无法解析：" + ex.getMessage());
        }
        e.setProperty("supplement", supplement);
        e.getMessage().setHeader("receipt", supplement.receipt());
    }

    private static Supplement supplement(Exchange e) {
        return e.getProperty("supplement", Supplement.class);
    }

    private void audit(Exchange e, String action) {
        Supplement s = supplement(e);
        audit.append(s.receipt(), s.idNumber() + "@" + s.source(), action, e.getProperty("recordJson", byte[].class));
    }

    private void quarantine(Exchange e) {
        InnerRefusal refusal = e.getProperty(Exchange.EXCEPTION_CAUGHT, InnerRefusal.class);
        Supplement s = supplement(e);
        String body = e.getMessage().getBody(String.class);
        quarantine.keep(SupplementReplayer.KIND, s == null ? null : s.receipt(), refusal.getMessage(), body);
        if (s != null) {
            audit.append(s.receipt(), s.idNumber() + "@" + s.source(), "暂存补正：" + refusal.getMessage(),
                    body.getBytes(StandardCharsets.UTF_8));
            feedback.events(List.of(new OutboundEvent("supplement-held-" + s.id(), s.receipt(), Instant.now(), null,
                    NOT_TAKEN, "补交的材料未能交到办件（" + refusal.getMessage().trim() + "）。材料已留存，待工作人员核实；"
                            + "如仍需补正，请再次补交", "inner-gateway")));
        }
    }
}
