package org.virtualhall.gateway.inner.route;

import jakarta.jms.ConnectionFactory;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.config.DurableCommits;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.inner.InnerProperties;
import org.virtualhall.gateway.inner.load.BatchLoad;
import org.virtualhall.gateway.inner.load.IntakeQueueReader;
import org.virtualhall.gateway.inner.monitor.BehaviourMonitor;

/**
 * The inner load (内网交换服务器 → 审批系统): {@code load-workers} loops, each taking a batch of submissions off the
 * intake queue in one transaction through {@link BatchLoad}; and the behaviour monitor's clean-up.
 */
@Component
@Profile("inner")
class LoadRoute extends RouteBuilder {

    private final ConnectionFactory connectionFactory;
    private final Queues queues;
    private final BatchLoad load;
    private final DurableCommits durable;
    private final BehaviourMonitor monitor;
    private final InnerProperties props;

    LoadRoute(ConnectionFactory connectionFactory, Queues queues, BatchLoad load, DurableCommits durable,
              BehaviourMonitor monitor, InnerProperties props) {
        this.connectionFactory = connectionFactory;
        this.queues = queues;
        this.load = load;
        this.durable = durable;
        this.monitor = monitor;
        this.props = props;
    }

    @Override
    public void configure() {
        for (int i = 0; i < props.loadWorkers(); i++) {
            IntakeQueueReader reader = new IntakeQueueReader(connectionFactory, queues, load, durable, props);
            fromF("timer:inner-load-%d?delay=500&period=1", i)
                    .routeId("inner-load-" + i)
                    .process(e -> reader.drainOnce());
        }

        from("timer:monitor-forget?period=60000").routeId("monitor-forget").process(e -> monitor.forgetQuiet());
    }
}
