package org.virtualhall.gateway.inner.load;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.inner.InnerRefusal;
import org.virtualhall.gateway.inner.transform.IntakeRecord;

/**
 * {@code POST /api/intake} on the approval system (docs/contracts.md): 201 new, 200 known, 400 refused, 503 later.
 * One call per record: chosen with {@code hall.gateway.inner.load-batch=1}, for an approval system without the
 * batch intake; otherwise {@link BatchApprovalIntake}.
 */
@Component
@Profile("inner")
@ConditionalOnExpression("${hall.gateway.inner.load-batch:100} <= 1")
class HttpApprovalIntake implements ApprovalIntake {

    private final ApprovalHttp http;

    HttpApprovalIntake(ApprovalHttp http) {
        this.http = http;
    }

    @Override
    public List<LoadOutcome> load(List<IntakeRecord> records) {
        List<LoadOutcome> outcomes = new ArrayList<>(records.size());
        for (IntakeRecord record : records) {
            outcomes.add(loadOne(record));
        }
        return outcomes;
    }

    private LoadOutcome loadOne(IntakeRecord record) {
        try {
            ApprovalHttp.Answer answer = http.post("/api/intake", record, record.sbh());
            return new Loaded(new LoadResult(record.sbh(), answer.body().path("caseId").asText(null),
                    answer.body().path("state").asText(null), answer.status() == 201));
        } catch (InnerRefusal e) {
            return new Refused(e);
        } catch (ApprovalUnavailable e) {
            return new Later(e.getMessage());
        }
    }
}
