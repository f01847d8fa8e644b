package org.virtualhall.approval.supervision;

/**
 * The published figures of one department, window or member of staff.
 *
 * @param onTimeRate   按时办结率 in percent, null before the first completion
 * @param averageHours average handling time from receipt to 办结, in hours
 * @param satisfaction average vote 1-5, null before the first vote
 */
public record Figure(Dimension dimension, String subject, String name, long completed, Double onTimeRate,
                     Double averageHours, Double satisfaction, long ratings, long violations) {
}
