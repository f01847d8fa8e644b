package org.virtualhall.gateway.outer.evaluation;

/** The 202 answer to a review: the receipt it is about and the review's own id. */
public record EvaluationAccepted(String receipt, String evaluation, String status) {
}
