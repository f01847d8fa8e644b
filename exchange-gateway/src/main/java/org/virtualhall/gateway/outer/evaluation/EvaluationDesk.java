package org.virtualhall.gateway.outer.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.jms.JmsException;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.evaluation.Evaluation;
import org.virtualhall.gateway.feedback.OutboundEvent;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.outer.auth.TokenClaims;
import org.virtualhall.gateway.outer.check.ContentCheck;
import org.virtualhall.gateway.outer.timeline.TimelineStore;
import org.virtualhall.gateway.outer.timeline.UnknownReceipt;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.evaluation.EvaluationGrades;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;
import org.virtualhall.model.submission.SubmissionStatus;

/**
 * 好差评 outside: only the applicant who owns the receipt, only once the case has ended (办结, 不予受理, 不予批准,
 * 送达), once per case; the grade and reasons against the grades in assets; the comment through the content checks.
 * Then it goes onto the {@code submissions} queue for the gap and the timeline shows 已评价.
 */
@Component
@Profile("outer")
class EvaluationDesk {

    static final int MAX_COMMENT = 500;
    static final String STEP = "已评价";
    private static final Set<SubmissionStatus> ENDED = Set.of(SubmissionStatus.COMPLETED, SubmissionStatus.REFUSED,
            SubmissionStatus.REJECTED, SubmissionStatus.DELIVERED_TO_APPLICANT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationDesk.class);

    private final TimelineStore timeline;
    private final EvaluationGrades grades;
    private final ContentCheck content;
    private final EvaluationStore store;
    private final QueueWriter queue;
    private final Queues queues;
    private final Clock clock;

    EvaluationDesk(TimelineStore timeline, EvaluationGrades grades, ContentCheck content, EvaluationStore store,
                   QueueWriter queue, Queues queues, Clock clock) {
        this.timeline = timeline;
        this.grades = grades;
        this.content = content;
        this.store = store;
        this.queue = queue;
        this.queues = queues;
        this.clock = clock;
    }

    EvaluationAccepted accept(TokenClaims claims, String receipt, EvaluationRequest request, String source) {
        TimelineStore.Owned owned = timeline.owner(receipt).filter(o -> o.idNumber().equals(claims.sub()))
                .orElseThrow(() -> UnknownReceipt.refusal(receipt));
        SubmissionStatus status = SubmissionStatus.valueOf(owned.status());
        if (!ENDED.contains(status)) {
            throw new Refusal(HttpStatus.CONFLICT, "not_ended", "这笔申报当前为“" + status.label()
                    + "”，尚未办结：办结、不予受理或不予批准后才能评价", "receipt");
        }
        EvaluationGrades.Grade grade = checkedGrade(request);
        content.inspect("comment", request.comment());
        Instant now = clock.instant();
        Evaluation evaluation = new Evaluation("PJ" + DAY.format(now) + "-"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(), receipt, claims.sub(),
                grade.grade(), request.reasons(), request.comment().strip(), now, source);
        if (!store.claim(receipt, evaluation.id(), grade.grade(), now)) {
            throw new Refusal(HttpStatus.CONFLICT, "already_evaluated", "这笔申报已经评价过了，每件只能评价一次", "receipt");
        }
        try {
            queue.send(queues.submissions(), List.of(new QueueWriter.Outgoing(envelope(evaluation), Map.of("receipt", receipt))));
        } catch (JmsException e) {
            store.release(receipt, evaluation.id());
            LOG.warn("could not queue the review of {}: {}", receipt, e.getMessage());
            throw new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "评价暂时无法提交，请稍后再试", null);
        }
        timeline.apply(new OutboundEvent("evaluation-" + evaluation.id(), receipt, now, null, STEP,
                grade.name() + (evaluation.reasons().isEmpty() ? "" : "：" + String.join("、", evaluation.reasons())),
                "outer-gateway"));
        return new EvaluationAccepted(receipt, evaluation.id(), SubmissionStatus.ACCEPTED.name());
    }

    private EvaluationGrades.Grade checkedGrade(EvaluationRequest request) {
        if (request.grade() == null) {
            throw Refusal.badRequest("missing_field", "请选择评价等级（1 非常不满意 至 5 非常满意）", "grade");
        }
        EvaluationGrades.Grade grade = grades.grade(request.grade()).orElseThrow(() -> Refusal.badRequest("invalid_value",
                "评价等级须为 1 至 5（5 非常满意，1 非常不满意）", "grade"));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.reasons().size(); i++) {
            String reason = request.reasons().get(i);
            if (reason == null || !grade.reasons().contains(reason)) {
                throw Refusal.badRequest("invalid_value", "“" + reason + "”不是“" + grade.name() + "”可选的原因，可选："
                        + String.join("、", grade.reasons()), "reasons[" + i + "]");
            }
            if (!seen.add(reason)) {
                throw Refusal.badRequest("invalid_value", "原因“" + reason + "”重复", "reasons[" + i + "]");
            }
        }
        if (EvaluationGrades.bad(grade.grade()) && request.reasons().isEmpty()) {
            throw Refusal.badRequest("missing_field", "差评请至少选择一项原因，以便部门整改", "reasons");
        }
        if (request.comment().length() > MAX_COMMENT) {
            throw Refusal.badRequest("too_long", "评价内容不能超过" + MAX_COMMENT + "字", "comment");
        }
        return grade;
    }

    private static String envelope(Evaluation evaluation) {
        try {
            return HallJson.wire().writeValueAsString(new Envelope(evaluation.envelopeId(), Evaluation.TYPE,
                    evaluation.receipt(), evaluation.evaluatedAt(), HallJson.wire().writeValueAsString(evaluation)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
