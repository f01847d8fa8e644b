package org.virtualhall.model.submission;

/** Where a submission stands, as the citizen sees it (docs/api.md). */
public enum SubmissionStatus {
    ACCEPTED("已申报"),
    DELIVERED("已送达审批系统"),
    ACCEPTED_FOR_PROCESSING("已受理"),
    CORRECTION_REQUESTED("需补正"),
    REFUSED("不予受理"),
    IN_REVIEW("审查中"),
    APPROVED("已批准"),
    REJECTED("不予批准"),
    COMPLETED("已办结"),
    DELIVERED_TO_APPLICANT("已送达");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether the submission is still on its way to the approval system (已申报, 已送达): the gateway stamps these
     * with its own clock, and a late one (a load retried after a slow answer) must never hide what the window
     * has done with the case since.
     */
    public boolean inTransit() {
        return this == ACCEPTED || this == DELIVERED;
    }

    /** No further event changes a submission in one of these states. */
    public boolean isFinal() {
        return this == REFUSED || this == REJECTED || this == DELIVERED_TO_APPLICANT;
    }
}
