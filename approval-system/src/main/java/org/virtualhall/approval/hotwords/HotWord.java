package org.virtualhall.approval.hotwords;

import java.time.Instant;

/** A query of the last days whose answers did not serve the citizens, with its counts summed over those days. */
public record HotWord(String query, long searches, long zeroResults, long fallbacks, long opened, long applied,
                      Instant lastAt) {

    /** Why it is listed, in the console's words. */
    public String why() {
        if (zeroResults > 0) {
            return "无结果";
        }
        if (fallbacks == searches) {
            return "仅兜底结果";
        }
        return "无人打开";
    }
}
