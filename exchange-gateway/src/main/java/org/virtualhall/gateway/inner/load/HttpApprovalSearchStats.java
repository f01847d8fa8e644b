package org.virtualhall.gateway.inner.load;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.searchstats.SearchStat;

/** {@code POST /api/search-stats} (docs/contracts.md): 200 stored, 4xx refused, anything else later. */
@Component
@Profile("inner")
class HttpApprovalSearchStats implements ApprovalSearchStats {

    private final ApprovalHttp http;

    HttpApprovalSearchStats(ApprovalHttp http) {
        this.http = http;
    }

    @Override
    public void deliver(List<SearchStat> stats) {
        http.post("/api/search-stats", stats, stats.size() + " search counts");
    }
}
