package org.virtualhall.gateway.inner.relay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.config.DurableCommits;
import org.virtualhall.gateway.inner.InnerRefusal;
import org.virtualhall.gateway.inner.audit.AuditLog;
import org.virtualhall.gateway.inner.load.ApprovalRelay;
import org.virtualhall.gateway.inner.load.ApprovalUnavailable;
import org.virtualhall.gateway.quarantine.QuarantineStore;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/**
 * The inner chain for records posted to the approval system as they are (好差评, 预约), one transaction each:
 * 内容审计 (接收…) → 装载 → 内容审计 (装载…). The approval system takes each record id once (a repeat answers 200), so a
 * redelivery needs no memory here. A refusal is quarantined under its {@link Relay#kind()} with the reason and audited;
 * an approval system that is down rolls the message back onto the queue, and the broker redelivers it.
 */
@Component
@Profile("inner")
class RelayRoute extends RouteBuilder {

    private final Map<String, Relay> relays;
    private final AuditLog audit;
    private final ApprovalRelay approval;
    private final QuarantineStore quarantine;
    private final DurableCommits durable;

    RelayRoute(List<Relay> relays, AuditLog audit, ApprovalRelay approval, QuarantineStore quarantine, DurableCommits durable) {
        this.relays = relays.stream().collect(Collectors.toMap(Relay::type, Function.identity()));
        this.audit = audit;
        this.approval = approval;
        this.quarantine = quarantine;
        this.durable = durable;
    }

    @Override
    public void configure() {
        onException(InnerRefusal.class).handled(true).process(this::quarantine).process(e -> durable.persist());
        onException(ApprovalUnavailable.class).maximumRedeliveries(0).logExhausted(true).logStackTrace(false);

        from("jms:queue:{{hall.gateway.queues.relays}}?transacted=true&cacheLevelName=CACHE_CONSUMER")
                .routeId("inner-relay")
                .process(this::open).id("relay-open")
                .process(e -> audit(e, opened(e).received())).id("relay-audit")
                .process(e -> approval.post(opened(e).path(), opened(e).record(), opened(e).key())).id("relay-load")
                .process(e -> audit(e, opened(e).loaded())).id("relay-audit-load")
                .process(e -> durable.persist()).id("relay-durable");
    }

    private void open(Exchange e) {
        Relay relay = null;
        try {
            Envelope envelope = HallJson.wire().readValue(e.getMessage().getBody(String.class), Envelope.class);
            relay = relays.get(envelope.type());
            if (relay == null) {
                throw new InnerRefusal("RELAY", "未知的记录类型：" + envelope.type());
            }
            e.setProperty("relay", relay);
            e.setProperty("opened", relay.open(envelope));
        } catch (IOException ex) {
            throw new InnerRefusal(relay == null ? "RELAY" : relay.kind(), "信封或内容无法解析：" + ex.getMessage());
        }
    }

    private static Relay.Opened opened(Exchange e) {
        return e.getProperty("opened", Relay.Opened.class);
    }

    private void audit(Exchange e, String action) {
        Relay.Opened o = opened(e);
        audit.append(o.key(), o.actor(), action, e.getMessage().getBody(String.class).getBytes(StandardCharsets.UTF_8));
    }

    private void quarantine(Exchange e) {
        InnerRefusal refusal = e.getProperty(Exchange.EXCEPTION_CAUGHT, InnerRefusal.class);
        Relay relay = e.getProperty("relay", Relay.class);
        Relay.Opened o = opened(e);
        String body = e.getMessage().getBody(String.class);
        quarantine.keep(relay == null ? "RELAY" : relay.kind(), o == null ? null : o.key(), refusal.getMessage(), body);
        if (o != null) {
            audit.append(o.key(), o.actor(), "暂存：" + refusal.getMessage(), body.getBytes(StandardCharsets.UTF_8));
        }
    }
}
