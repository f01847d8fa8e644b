package org.virtualhall.gateway.inner.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.evaluation.Evaluation;

/**
 * 装载 of a review (好差评): {@code POST /api/cases/{receipt}/evaluation} (docs/contracts.md) in the approval system's
 * own field names. 201 new, 200 the same review again; a 4xx is an {@link org.virtualhall.gateway.inner.InnerRefusal},
 * no answer or a 5xx {@link ApprovalUnavailable}.
 */
@Component
@Profile("inner")
public class ApprovalEvaluations {

    private final ApprovalHttp http;

    ApprovalEvaluations(ApprovalHttp http) {
        this.http = http;
    }

    /** @return true when the approval system stored it now, false when it had it already */
    public boolean load(Evaluation e) {
        Record record = new Record(e.id(), e.grade(), e.reasons(), e.comment(), e.evaluatedAt().toString(), e.source());
        return http.post("/api/cases/" + URLEncoder.encode(e.receipt(), StandardCharsets.UTF_8) + "/evaluation", record,
                e.id()).status() == 201;
    }

    /** 评价编号, 评价等级, 评价原因, 评价内容, 评价时间, 来源. */
    record Record(String pjbh, int pjdj, List<String> pjyy, String pjnr, String pjsj, String ly) {
    }
}
