package org.virtualhall.gateway.inner.load;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.ops.QueueDepth;

/** The inner load's numbers for Prometheus: what it loaded, handed back to wait, quarantined, and what is queued. */
@Component
@Profile("inner")
class InnerLoadMetrics implements MeterBinder {

    private final BatchLoad load;
    private final QueueDepth depth;
    private final Queues queues;

    InnerLoadMetrics(BatchLoad load, QueueDepth depth, Queues queues) {
        this.load = load;
        this.depth = depth;
        this.queues = queues;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("hall.inner.loaded", load, BatchLoad::loadedTotal)
                .description("submissions the approval system took").register(registry);
        FunctionCounter.builder("hall.inner.load.later", load, BatchLoad::laterTotal)
                .description("times a submission was handed back to wait for the approval system").register(registry);
        FunctionCounter.builder("hall.inner.quarantined", load, BatchLoad::quarantinedTotal)
                .description("submissions refused or held inside").register(registry);
        // messages, not submissions: a message holds a bundle's submissions
        Gauge.builder("hall.inner.intake.backlog", () -> depth.of(queues.intake())).register(registry);
    }
}
