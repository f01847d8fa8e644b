package org.virtualhall.gateway.inner.load;

import java.util.List;
import org.virtualhall.gateway.inner.InnerRefusal;
import org.virtualhall.gateway.inner.transform.IntakeRecord;

/**
 * 装载: hands intake records to the approval system. The one seam between the gateway and it; the production
 * implementations are {@link BatchApprovalIntake} ({@code POST /api/intake/batch}) and {@link HttpApprovalIntake}
 * (one {@code POST /api/intake} each, for an approval system without the batch intake).
 */
public interface ApprovalIntake {

    /** Loads the records, idempotent by receipt on the approval side: one outcome per record, in their order. */
    List<LoadOutcome> load(List<IntakeRecord> records);

    /**
     * @param created false when the approval system already had this receipt (a repeat, not a new case)
     */
    record LoadResult(String receipt, String caseId, String state, boolean created) {
    }

    /** What became of one record: loaded, refused (for the quarantine), or to be tried again later. */
    sealed interface LoadOutcome {
    }

    record Loaded(LoadResult result) implements LoadOutcome {
    }

    record Refused(InnerRefusal refusal) implements LoadOutcome {
    }

    /** The approval system could not take it now (down, 5xx, no answer): the record waits and is tried again. */
    record Later(String reason) implements LoadOutcome {
    }
}
