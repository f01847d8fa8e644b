package org.virtualhall.approval.search;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.virtualhall.launch.process.FreePorts;
import org.virtualhall.search.testing.SearchNodeExtension;
import org.virtualhall.search.testing.TcpProxy;

/**
 * The approval system's search node in tests: the test run's real Elasticsearch node ({@link SearchNodeExtension},
 * which must have started it) behind a TCP relay, so that a test can take the node away ({@link #cut}) and bring it
 * back ({@link #restore}) as the approval system sees it.
 */
public final class SearchNodeUnderTest implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static TcpProxy relay;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("search-node",
                Map.of("approval.search.url", relay().url().toString(), "approval.search.sync-interval", "300ms")));
    }

    static synchronized TcpProxy relay() {
        if (relay == null) {
            relay = new TcpProxy(SearchNodeExtension.url(), FreePorts.next());
            relay.open();
        }
        return relay;
    }

    /** The node becomes unreachable: connections are refused. */
    static void cut() {
        relay().close();
    }

    static void restore() {
        relay().open();
    }
}
