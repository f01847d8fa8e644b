package org.virtualhall.gateway.inner.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.inner.InnerProperties;
import org.virtualhall.gateway.inner.InnerRefusal;
import org.virtualhall.gateway.inner.transform.IntakeRecord;

/**
 * 装载 in batches ({@code POST /api/intake/batch}, docs/contracts.md), at most {@code load-batch} records a call.
 * Each record gets its own answer: 201/200 loaded, 4xx refused, 5xx later. A call with no answer, a 5xx or an
 * answer of the wrong length leaves every record of it for later; so does a call refused as a whole (an approval
 * system without the batch intake), which is no record's fault and says which setting to change.
 */
@Component
@Profile("inner")
@ConditionalOnExpression("${hall.gateway.inner.load-batch:100} > 1")
class BatchApprovalIntake implements ApprovalIntake {

    private static final Logger LOG = LoggerFactory.getLogger(BatchApprovalIntake.class);

    private final ApprovalHttp http;
    private final int batch;

    BatchApprovalIntake(ApprovalHttp http, InnerProperties props) {
        this.http = http;
        this.batch = props.loadBatch();
    }

    @Override
    public List<LoadOutcome> load(List<IntakeRecord> records) {
        List<LoadOutcome> outcomes = new ArrayList<>(records.size());
        for (int from = 0; from < records.size(); from += batch) {
            outcomes.addAll(call(records.subList(from, Math.min(records.size(), from + batch))));
        }
        return outcomes;
    }

    private List<LoadOutcome> call(List<IntakeRecord> records) {
        JsonNode answers;
        try {
            answers = http.post("/api/intake/batch", records, records.size() + " records").body();
        } catch (InnerRefusal e) {
            LOG.error("the approval system refused the batch call itself ({}); with an approval system that has no "
                    + "POST /api/intake/batch, set hall.gateway.inner.load-batch=1", e.getMessage());
            return later(records, "batch call refused: " + e.getMessage());
        } catch (ApprovalUnavailable e) {
            LOG.warn("batch of {} records not loaded: {}", records.size(), e.getMessage());
            return later(records, e.getMessage());
        }
        if (!answers.isArray() || answers.size() != records.size()) {
            return later(records, "the approval system answered " + answers.size() + " results for a batch of "
                    + records.size());
        }
        List<LoadOutcome> outcomes = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            outcomes.add(outcome(records.get(i), answers.get(i)));
        }
        return outcomes;
    }

    private static LoadOutcome outcome(IntakeRecord record, JsonNode a) {
        int status = a.path("status").asInt();
        if (status == 201 || status == 200) {
            return new Loaded(new LoadResult(record.sbh(), a.path("caseId").asText(null), a.path("state").asText(null),
                    status == 201));
        }
        if (status >= 400 && status < 500) {
            return new Refused(ApprovalHttp.refusal(status, a));
        }
        return new Later("the approval system answered " + status + " for " + record.sbh());
    }

    private static List<LoadOutcome> later(List<IntakeRecord> records, String reason) {
        return Collections.nCopies(records.size(), new Later(reason));
    }
}
