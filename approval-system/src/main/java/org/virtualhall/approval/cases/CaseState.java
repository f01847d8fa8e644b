package org.virtualhall.approval.cases;

import org.virtualhall.model.submission.SubmissionStatus;

/** Where a case stands on the hall side (docs/domain.md, case flow), and what the citizen is told for it. */
public enum CaseState {
    PRE_CHECK("预审", SubmissionStatus.DELIVERED),
    CORRECTION("待补正", SubmissionStatus.CORRECTION_REQUESTED),
    REFUSED("不予受理", SubmissionStatus.REFUSED),
    ACCEPTED("已受理", SubmissionStatus.ACCEPTED_FOR_PROCESSING),
    FIRST_REVIEW("初审", SubmissionStatus.IN_REVIEW),
    REVIEW("审核", SubmissionStatus.IN_REVIEW),
    FORWARDED("已上报", SubmissionStatus.IN_REVIEW),
    APPROVED("批准", SubmissionStatus.APPROVED),
    REJECTED("不予批准", SubmissionStatus.REJECTED),
    COMPLETED("办结", SubmissionStatus.COMPLETED),
    DELIVERED("送达", SubmissionStatus.DELIVERED_TO_APPLICANT);

    private final String label;
    private final SubmissionStatus status;

    CaseState(String label, SubmissionStatus status) {
        this.label = label;
        this.status = status;
    }

    public String label() {
        return label;
    }

    public SubmissionStatus status() {
        return status;
    }

    /** The time limit runs: the case is in the hall's hands and not yet 办结. */
    public boolean clockRuns() {
        return this != CORRECTION && this != REFUSED && this != COMPLETED && this != DELIVERED;
    }
}
