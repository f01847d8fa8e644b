package org.virtualhall.gateway.outer.searchlog;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * 热词 on their way out: the counts gathered in memory go to the database every {@code flush-interval}, and the rows
 * changed since their last send go onto the gap every {@code send-interval} (application-outer.yml).
 */
@Component
@Profile("outer")
class SearchLogRoutes extends RouteBuilder {

    private final SearchLog log;
    private final SearchStatSender sender;
    private final SearchLogProperties props;

    SearchLogRoutes(SearchLog log, SearchStatSender sender, SearchLogProperties props) {
        this.log = log;
        this.sender = sender;
        this.props = props;
    }

    @Override
    public void configure() {
        fromF("timer:search-log-flush?delay=%d&period=%d", props.flushInterval().toMillis(), props.flushInterval().toMillis())
                .routeId("search-log-flush")
                .process(e -> log.flush());

        fromF("timer:search-stats-send?delay=%d&period=%d", props.sendInterval().toMillis(), props.sendInterval().toMillis())
                .routeId("search-stats-send")
                .process(e -> sender.sendChanged());
    }
}
