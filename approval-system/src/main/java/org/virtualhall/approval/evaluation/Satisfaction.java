package org.virtualhall.approval.evaluation;

/**
 * The reviews of one subject (a window, a member of staff, a department) over a period.
 *
 * @param total   the sum of the grades
 * @param good    reviews graded 4 or 5 (好评)
 * @param bad     reviews graded 1 or 2 (差评)
 * @param replied bad reviews the head has replied to (整改回访)
 */
public record Satisfaction(SatisfactionDimension dimension, String subject, long reviews, long total, long good, long bad,
                    long replied) {

    /** The average grade, 1-5. */
    public double average() {
        return reviews == 0 ? 0 : (double) total / reviews;
    }

    /** 满意率: the share of 好评 in percent. */
    public double goodRate() {
        return reviews == 0 ? 0 : 100.0 * good / reviews;
    }
}
