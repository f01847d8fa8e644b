package org.virtualhall.gateway.outer.supplement;

import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.feedback.OutboundEvent;
import org.virtualhall.gateway.outer.check.ContentCheck;
import org.virtualhall.gateway.outer.timeline.TimelineStore;
import org.virtualhall.gateway.supplement.Supplement;
import org.virtualhall.model.submission.SubmissionStatus;

/**
 * The outer chain for 补正材料: owner and state → 格式过滤 → 内容检查 → the same persistent queue as submissions,
 * so it crosses the gap on the {@code submissions} channel. A refusal ends the exchange as a 4xx; nothing
 * refused is queued. The citizen's timeline gets 「已提交补正材料」; the status stays 需补正 until the window acts.
 */
@Component
@Profile("outer")
class SupplementRoute extends RouteBuilder {

    static final String URI = "direct:supplement";
    static final String STEP = "已提交补正材料";

    private final SupplementGate gate;
    private final SupplementFormat format;
    private final ContentCheck content;
    private final SupplementSealer sealer;
    private final TimelineStore timeline;

    SupplementRoute(SupplementGate gate, SupplementFormat format, ContentCheck content, SupplementSealer sealer,
                    TimelineStore timeline) {
        this.gate = gate;
        this.format = format;
        this.content = content;
        this.sealer = sealer;
        this.timeline = timeline;
    }

    @Override
    public void configure() {
        from(URI).routeId("outer-supplement")
                .process(e -> gate.check(e.getMessage().getBody(SupplementIntake.class))).id("supplement-owner")
                .process(e -> format.check(e.getMessage().getBody(SupplementIntake.class))).id("supplement-format")
                .process(e -> {
                    SupplementRequest r = e.getMessage().getBody(SupplementIntake.class).request();
                    content.checkSupplement(r.materials(), r.note());
                }).id("supplement-content")
                .process(e -> {
                    SupplementSealer.Sealed sealed = sealer.seal(e.getMessage().getBody(SupplementIntake.class));
                    e.setProperty("sealed", sealed);
                    e.getMessage().setHeader("receipt", sealed.supplement().receipt());
                    e.getMessage().setBody(sealed.envelopeJson());
                }).id("supplement-seal")
                .to(ExchangePattern.InOnly, "jms:queue:{{hall.gateway.queues.submissions}}?deliveryPersistent=true")
                .id("supplement-queue")
                .process(e -> {
                    Supplement s = e.getProperty("sealed", SupplementSealer.Sealed.class).supplement();
                    timeline.apply(new OutboundEvent("supplement-" + s.id(), s.receipt(), s.submittedAt(),
                            SubmissionStatus.CORRECTION_REQUESTED, STEP, "补交材料：" + s.materialNames()
                            + (s.note().isEmpty() ? "" : "；说明：" + s.note()), "outer-gateway"));
                    e.getMessage().setBody(new SupplementAccepted(s.receipt(), s.id(), SubmissionStatus.ACCEPTED.name()));
                }).id("supplement-timeline");
    }
}
