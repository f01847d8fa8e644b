package org.virtualhall.approval.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.virtualhall.approval.cases.CaseNotFoundException;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.cases.CaseState;
import org.virtualhall.approval.system.InvalidInputException;
import org.virtualhall.approval.workflow.TransitionRefusedException;
import org.virtualhall.model.calendar.WorkingDayCalendar;
import org.virtualhall.model.evaluation.EvaluationGrades;

/**
 * 好差评 from the inner gateway: idempotent by review id, one review per case, only once the case has ended (办结,
 * 送达, 不予受理, 不予批准). A bad review (grade 1-2) gets a 整改 deadline {@code approval.evaluation.rectify-days}
 * working days on.
 */
@Service
class EvaluationIntake {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{6,64}");
    private static final Set<CaseState> ENDED = Set.of(CaseState.COMPLETED, CaseState.DELIVERED, CaseState.REFUSED,
            CaseState.REJECTED);
    private static final int MAX_COMMENT = 1000;

    private final CaseRepository cases;
    private final ReviewRepository reviews;
    private final ReviewRecorder recorder;
    private final EvaluationGrades grades;
    private final WorkingDayCalendar calendar;
    private final EvaluationSettings settings;
    private final Clock clock;

    EvaluationIntake(CaseRepository cases, ReviewRepository reviews, ReviewRecorder recorder, EvaluationGrades grades,
                     WorkingDayCalendar calendar, EvaluationSettings settings, Clock clock) {
        this.cases = cases;
        this.reviews = reviews;
        this.recorder = recorder;
        this.grades = grades;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    EvaluationResult receive(String receipt, EvaluationRequest r) {
        CaseRecord c = cases.findByReceipt(receipt).orElseThrow(() -> new CaseNotFoundException(receipt));
        require("pjbh", r.pjbh());
        if (!ID.matcher(r.pjbh()).matches()) {
            throw new InvalidInputException("pjbh", "评价编号只能由 6-64 位字母、数字和连字符组成");
        }
        Optional<Review> repeat = known(r.pjbh(), c);
        if (repeat.isPresent()) {
            return EvaluationResult.of(repeat.get(), false);
        }
        EvaluationGrades.Grade grade = grade(r);
        String comment = r.pjnr() == null ? "" : r.pjnr().strip();
        if (comment.length() > MAX_COMMENT) {
            throw new InvalidInputException("pjnr", "评价内容不能超过 " + MAX_COMMENT + " 字");
        }
        require("pjsj", r.pjsj());
        Instant at = instant(r.pjsj());
        require("ly", r.ly());
        if (!ENDED.contains(c.state())) {
            throw new TransitionRefusedException("办件当前为「" + c.state().label() + "」，尚未办结，不能评价");
        }
        if (reviews.ofCase(c.id()).isPresent()) {
            throw new TransitionRefusedException("办件已有评价，每件只能评价一次");
        }
        LocalDate today = LocalDate.now(clock);
        Review review = new Review(r.pjbh(), c.id(), c.receipt(), grade.grade(), r.pjyy() == null ? List.of() : r.pjyy(),
                comment, c.department(), c.windowNo(), c.handledBy(), at,
                EvaluationGrades.bad(grade.grade()) ? calendar.addWorkingDays(today, settings.rectifyDays()) : null,
                null, null, null);
        try {
            recorder.record(c, review, today, r.ly(), grade.name());
            return EvaluationResult.of(review, true);
        } catch (DuplicateKeyException raced) {
            // The same review arrived twice at once and the other copy was stored first, or another review of the case.
            return EvaluationResult.of(known(r.pjbh(), c).orElseThrow(
                    () -> new TransitionRefusedException("办件已有评价，每件只能评价一次")), false);
        }
    }

    private EvaluationGrades.Grade grade(EvaluationRequest r) {
        if (r.pjdj() == null) {
            throw new InvalidInputException("pjdj", "缺少字段 pjdj");
        }
        EvaluationGrades.Grade grade = grades.grade(r.pjdj())
                .orElseThrow(() -> new InvalidInputException("pjdj", "评价等级须为 1 至 5"));
        List<String> reasons = r.pjyy() == null ? List.of() : r.pjyy();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < reasons.size(); i++) {
            if (!grade.reasons().contains(reasons.get(i)) || !seen.add(reasons.get(i))) {
                throw new InvalidInputException("pjyy[" + i + "]", "“" + reasons.get(i) + "”不是“" + grade.name()
                        + "”的可选原因，或重复");
            }
        }
        return grade;
    }

    /** The review stored before under this id for this case; another case's id is refused. */
    private Optional<Review> known(String id, CaseRecord c) {
        return reviews.find(id).map(review -> {
            if (review.caseId() != c.id()) {
                throw new InvalidInputException("pjbh", "评价编号 " + id + " 已用于另一个办件");
            }
            return review;
        });
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("pjsj", "评价时间应为 ISO-8601 时刻（如 2026-03-02T01:30:00Z）");
        }
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "缺少字段 " + field);
        }
    }
}
