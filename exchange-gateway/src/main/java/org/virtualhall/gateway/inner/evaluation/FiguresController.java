package org.virtualhall.gateway.inner.evaluation;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.inner.outbound.FeedbackPublisher;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.evaluation.EvaluationFigures;

/**
 * {@code POST /api/outbound/evaluation-stats}: the approval system's 好差评 figures, checked and put on the feedback
 * queue as one envelope of type {@value EvaluationFigures#TYPE}. A 2xx means they are on the persistent queue.
 */
@RestController
@Profile("inner")
class FiguresController {

    private static final int MAX_SUBJECTS = 1000;

    private final FeedbackPublisher publisher;

    FiguresController(FeedbackPublisher publisher) {
        this.publisher = publisher;
    }

    @PostMapping("/api/outbound/evaluation-stats")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Integer> figures(@RequestBody EvaluationFigures figures) {
        if (figures.at() == null) {
            throw Refusal.badRequest("missing_field", "缺少统计时间 at", "at");
        }
        check("windows", figures.windows());
        check("departments", figures.departments());
        publisher.state(EvaluationFigures.TYPE, figures.at(), figures);
        return Map.of("windows", figures.windows().size(), "departments", figures.departments().size());
    }

    private static void check(String field, List<EvaluationFigures.Subject> subjects) {
        if (subjects.size() > MAX_SUBJECTS) {
            throw Refusal.badRequest("too_many", "至多 " + MAX_SUBJECTS + " 项", field);
        }
        for (int i = 0; i < subjects.size(); i++) {
            EvaluationFigures.Subject s = subjects.get(i);
            if (s == null || s.code() == null || !s.code().matches("[A-Za-z0-9]{1,16}")) {
                throw Refusal.badRequest("invalid_value", "编码须为 1-16 位字母或数字", field + "[" + i + "].code");
            }
            if (s.reviews() < 0 || s.average() < 0 || s.average() > 5 || s.satisfiedRate() < 0 || s.satisfiedRate() > 100) {
                throw Refusal.badRequest("invalid_value", "评价数、平均分（0-5）或满意率（0-100）超出范围", field + "[" + i + "]");
            }
        }
    }
}
