package org.virtualhall.gateway.inner.load;

import java.util.List;
import org.virtualhall.gateway.searchstats.SearchStat;

/** 热词 counts handed to the approval system's 热词管理 ({@link HttpApprovalSearchStats}). */
public interface ApprovalSearchStats {

    /**
     * Upserts the counts by day and query; the same counts twice change nothing.
     *
     * @throws org.virtualhall.gateway.inner.InnerRefusal when the approval system refuses them
     * @throws ApprovalUnavailable                        when it cannot take them now (try again later)
     */
    void deliver(List<SearchStat> stats);
}
