package org.virtualhall.gateway.inner.searchstats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.config.DurableCommits;
import org.virtualhall.gateway.gap.send.QueuedEnvelopes;
import org.virtualhall.gateway.inner.InnerRefusal;
import org.virtualhall.gateway.inner.load.ApprovalSearchStats;
import org.virtualhall.gateway.inner.load.ApprovalUnavailable;
import org.virtualhall.gateway.quarantine.QuarantineStore;
import org.virtualhall.gateway.searchstats.SearchStat;
import org.virtualhall.model.json.HallJson;

/**
 * 热词 counts into the approval system, one message (a bundle's counts) per call of {@code POST /api/search-stats}.
 * While the approval system is down the message goes back onto the queue and the broker delivers it again, backing
 * off, for as long as it takes; what it refuses is quarantined with the reason (kind {@value #KIND}, replayable).
 */
@Component
@Profile("inner")
class SearchStatsLoadRoute extends RouteBuilder {

    static final String KIND = "SEARCH_STATS";

    private final ApprovalSearchStats approval;
    private final QuarantineStore quarantine;
    private final DurableCommits durable;

    SearchStatsLoadRoute(ApprovalSearchStats approval, QuarantineStore quarantine, DurableCommits durable) {
        this.approval = approval;
        this.quarantine = quarantine;
        this.durable = durable;
    }

    @Override
    public void configure() {
        onException(InnerRefusal.class).handled(true).process(this::quarantine).process(e -> durable.persist());
        // the rollback puts the message back; the broker redelivers it (500 ms, doubling to 10 s), never dead-lettered
        onException(ApprovalUnavailable.class).maximumRedeliveries(0).logExhausted(true).logStackTrace(false);

        from("jms:queue:{{hall.gateway.queues.search-stats-load}}?transacted=true&cacheLevelName=CACHE_CONSUMER")
                .routeId("inner-search-stats")
                .process(e -> approval.deliver(stats(e.getMessage().getBody(String.class))));
    }

    private static List<SearchStat> stats(String body) {
        try {
            List<SearchStat> stats = new ArrayList<>();
            for (var envelope : QueuedEnvelopes.envelopes(body)) {
                stats.add(HallJson.wire().readValue(envelope.body(), SearchStat.class));
            }
            return stats;
        } catch (IOException e) {
            throw new InnerRefusal(KIND, "热词计数无法解析：" + e.getMessage());
        }
    }

    private void quarantine(Exchange e) {
        InnerRefusal refusal = e.getProperty(Exchange.EXCEPTION_CAUGHT, InnerRefusal.class);
        quarantine.keep(KIND, null, refusal.getMessage(), e.getMessage().getBody(String.class));
    }
}
