package org.virtualhall.approval.search;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search node's state as a detail of /actuator/health ({@code components.searchNode}). Always UP: without
 * its node the console still works (only 检索 says it is unavailable), so the approval system is not DOWN.
 */
@Component
class SearchNodeHealthIndicator implements HealthIndicator {

    private final InnerSearchNode node;
    private final SearchSync sync;

    SearchNodeHealthIndicator(InnerSearchNode node, SearchSync sync) {
        this.node = node;
        this.sync = sync;
    }

    @Override
    public Health health() {
        InnerSearchNode.State state = node.state();
        Health.Builder health = Health.up().withDetail("url", node.url().toString())
                .withDetail("node", state.reachable() ? "reachable" : "unreachable")
                .withDetail("indicesCurrent", state.reachable() && sync.idle());
        int waiting = sync.casesWaiting();
        health.withDetail("casesWaiting", waiting < 0 ? "all (full build due)" : Integer.toString(waiting));
        if (state.problem() != null) {
            health.withDetail("problem", state.problem());
        }
        return health.build();
    }
}
