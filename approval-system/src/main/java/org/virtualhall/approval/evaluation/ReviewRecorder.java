package org.virtualhall.approval.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.virtualhall.approval.cases.CaseJournal;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.supervision.SupervisionStats;

/**
 * Stores a review and records 「办件评价」 on the case, in one transaction; the grade counts in 电子监察's satisfaction
 * when the case had none yet. The head's 回访 to a bad review is recorded the same way (「差评整改回访」), so both go
 * back to the citizen through the outbox.
 */
@Component
class ReviewRecorder {

    static final String STEP = "办件评价";
    static final String REPLY_STEP = "差评整改回访";

    private final ReviewRepository reviews;
    private final CaseRepository cases;
    private final CaseJournal journal;
    private final SupervisionStats stats;
    private final Clock clock;

    ReviewRecorder(ReviewRepository reviews, CaseRepository cases, CaseJournal journal, SupervisionStats stats, Clock clock) {
        this.reviews = reviews;
        this.cases = cases;
        this.journal = journal;
        this.stats = stats;
        this.clock = clock;
    }

    @Transactional
    public void record(CaseRecord c, Review review, LocalDate today, String source, String gradeName) {
        reviews.insert(review, today, clock.instant(), source);
        CaseRecord now = c;
        if (c.rating() == null) {
            now = cases.update(c.withRating(review.grade()));
            stats.rated(now, review.grade());
        }
        journal.record(now, STEP, gradeName + "（" + review.grade() + " 分）"
                + (review.reasons().isEmpty() ? "" : "：" + String.join("、", review.reasons()))
                + (review.bad() ? "；已转部门负责人整改，" + review.rectifyBy() + " 前回访" : ""), "申请人");
    }

    /** @return false when the review had a reply already */
    @Transactional
    public boolean reply(Review review, String text, String by) {
        Instant at = clock.instant();
        if (!reviews.reply(review.id(), text, by, at)) {
            return false;
        }
        journal.record(cases.find(review.caseId()).orElseThrow(), REPLY_STEP, text, by);
        return true;
    }
}
