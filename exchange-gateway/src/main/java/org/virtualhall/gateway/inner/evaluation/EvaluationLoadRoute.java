package org.virtualhall.gateway.inner.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.config.DurableCommits;
import org.virtualhall.gateway.evaluation.Evaluation;
import org.virtualhall.gateway.inner.InnerRefusal;
import org.virtualhall.gateway.inner.audit.AuditLog;
import org.virtualhall.gateway.inner.load.ApprovalEvaluations;
import org.virtualhall.gateway.inner.load.ApprovalUnavailable;
import org.virtualhall.gateway.quarantine.QuarantineStore;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/**
 * The inner chain for 好差评, one transaction per review: 内容审计 (接收评价) → 装载 into the case → 内容审计 (装载评价).
 * The approval system takes each review id once (a repeat answers 200), so a redelivery needs no memory here. A
 * refusal (unknown receipt, a case not ended, a second review) is quarantined with its reason and audited; an
 * approval system that is down rolls the message back onto the queue, and the broker redelivers it.
 */
@Component
@Profile("inner")
class EvaluationLoadRoute extends RouteBuilder {

    private final AuditLog audit;
    private final ApprovalEvaluations approval;
    private final QuarantineStore quarantine;
    private final DurableCommits durable;

    EvaluationLoadRoute(AuditLog audit, ApprovalEvaluations approval, QuarantineStore quarantine, DurableCommits durable) {
        this.audit = audit;
        this.approval = approval;
        this.quarantine = quarantine;
        this.durable = durable;
    }

    @Override
    public void configure() {
        onException(InnerRefusal.class).handled(true).process(this::quarantine).process(e -> durable.persist());
        onException(ApprovalUnavailable.class).maximumRedeliveries(0).logExhausted(true).logStackTrace(false);

        from("jms:queue:{{hall.gateway.queues.evaluations}}?transacted=true&cacheLevelName=CACHE_CONSUMER")
                .routeId("inner-evaluation")
                .process(this::open).id("evaluation-open")
                .process(e -> audit(e, "接收评价：" + evaluation(e).grade() + " 分")).id("evaluation-audit")
                .process(e -> approval.load(evaluation(e))).id("evaluation-load")
                .process(e -> audit(e, "装载评价：" + evaluation(e).id())).id("evaluation-audit-load")
                .process(e -> durable.persist()).id("evaluation-durable");
    }

    private void open(Exchange e) {
        try {
            Envelope envelope = HallJson.wire().readValue(e.getMessage().getBody(String.class), Envelope.class);
            Evaluation evaluation = HallJson.wire().readValue(envelope.body(), Evaluation.class);
            e.setProperty("evaluation", evaluation);
            e.getMessage().setHeader("receipt", evaluation.receipt());
        } catch (IOException ex) {
            throw new InnerRefusal(EvaluationReplayer.KIND, "信封或评价内容无法解析：" + ex.getMessage());
        }
    }

    private static Evaluation evaluation(Exchange e) {
        return e.getProperty("evaluation", Evaluation.class);
    }

    private void audit(Exchange e, String action) {
        Evaluation v = evaluation(e);
        audit.append(v.receipt(), v.idNumber() + "@" + v.source(), action,
                e.getMessage().getBody(String.class).getBytes(StandardCharsets.UTF_8));
    }

    private void quarantine(Exchange e) {
        InnerRefusal refusal = e.getProperty(Exchange.EXCEPTION_CAUGHT, InnerRefusal.class);
        Evaluation v = evaluation(e);
        String body = e.getMessage().getBody(String.class);
        quarantine.keep(EvaluationReplayer.KIND, v == null ? null : v.receipt(), refusal.getMessage(), body);
        if (v != null) {
            audit.append(v.receipt(), v.idNumber() + "@" + v.source(), "暂存评价：" + refusal.getMessage(),
                    body.getBytes(StandardCharsets.UTF_8));
        }
    }
}
