package org.virtualhall.gateway.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.config.DurableCommits;

/** How often the role writes H2 to its file before an answer, an ack or a broker commit (each one a store of pages). */
@Component
@Profile({"outer", "inner"})
class DurabilityMetrics implements MeterBinder {

    private final DurableCommits durable;

    DurabilityMetrics(DurableCommits durable) {
        this.durable = durable;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("hall.db.checkpoints", durable, DurableCommits::checkpoints)
                .description("H2 checkpoints written so that nothing answered, acked or taken off a queue is lost to a kill")
                .register(registry);
    }
}
