package org.virtualhall.model.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * 好差评 figures as published outward: per window and per department, every review so far. The approval system
 * pushes them to the inner gateway, they cross the gap on the {@code feedback} channel, and the outer side serves
 * the latest at {@code GET /api/evaluations/stats} (docs/contracts.md).
 *
 * @param at when the approval system counted them; a receiver keeps the latest
 */
public record EvaluationFigures(Instant at, List<Subject> windows, List<Subject> departments) {

    /** The envelope type on the feedback channel. */
    public static final String TYPE = "evaluation-stats";

    public EvaluationFigures {
        windows = windows == null ? List.of() : List.copyOf(windows);
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    /**
     * One window's or department's reviews.
     *
     * @param code          the window number (A03) or department code (GA)
     * @param average       the average grade, 1-5
     * @param satisfiedRate the share of reviews graded 满意 or 非常满意 (4-5), in percent
     */
    public record Subject(String code, long reviews, double average, double satisfiedRate) {
    }
}
