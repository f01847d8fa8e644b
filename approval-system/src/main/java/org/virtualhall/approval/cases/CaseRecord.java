package org.virtualhall.approval.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.virtualhall.model.catalog.CaseType;

/**
 * A case (办件) as stored. {@code version} guards against lost updates: a change is written only when
 * the row still has the version it was read with.
 */
public record CaseRecord(long id, String receipt, String itemCode, String innerItemCode, String department,
                         String windowNo, String regionCode, CaseType caseType, CaseState state,
                         Applicant applicant, String formJson, String source, Instant submittedAt,
                         Instant receivedAt, TimeLimit limit, boolean verified, boolean unverifiedApproval,
                         String handledBy, Instant completedAt, Boolean onTime, Integer rating, int version) {

    /** The applicant as the approval system records them (实名). */
    public record Applicant(String name, String idNumber, String mobile) {
    }

    /**
     * The case's time limit (限时办结).
     *
     * @param warnOn       first day of the yellow warning
     * @param pausedSince  the day the clock stopped for a correction, null while it runs
     */
    public record TimeLimit(LocalDate clockStart, LocalDate deadline, LocalDate warnOn, LocalDate pausedSince,
                            int extensionDays) {

        public boolean paused() {
            return pausedSince != null;
        }
    }

    public CaseRecord withState(CaseState next) {
        return with(d -> d.state = next);
    }

    public CaseRecord withType(CaseType type) {
        return with(d -> d.caseType = type);
    }

    public CaseRecord withLimit(TimeLimit next) {
        return with(d -> d.limit = next);
    }

    /** Records verification, or an approval given without it (a violation for 电子监察). */
    public CaseRecord withChecks(boolean isVerified, boolean approvedUnverified) {
        return with(d -> {
            d.verified = isVerified;
            d.unverifiedApproval = approvedUnverified;
        });
    }

    public CaseRecord withHandler(String badge) {
        return with(d -> d.handledBy = badge);
    }

    public CaseRecord withCompletion(Instant at, boolean inTime) {
        return with(d -> {
            d.completedAt = at;
            d.onTime = inTime;
        });
    }

    public CaseRecord withRating(int value) {
        return with(d -> d.rating = value);
    }

    /** A copy with what the workflow changes; the rest of the case is fixed at intake. */
    private CaseRecord with(Consumer<Progress> change) {
        Progress d = new Progress(this);
        change.accept(d);
        return new CaseRecord(id, receipt, itemCode, innerItemCode, department, windowNo, regionCode, d.caseType,
                d.state, applicant, formJson, source, submittedAt, receivedAt, d.limit, d.verified,
                d.unverifiedApproval, d.handledBy, d.completedAt, d.onTime, d.rating, version);
    }

    /** The fields a workflow step may change, copied from a case. */
    private static final class Progress {
        private CaseType caseType;
        private CaseState state;
        private TimeLimit limit;
        private boolean verified;
        private boolean unverifiedApproval;
        private String handledBy;
        private Instant completedAt;
        private Boolean onTime;
        private Integer rating;

        private Progress(CaseRecord c) {
            caseType = c.caseType;
            state = c.state;
            limit = c.limit;
            verified = c.verified;
            unverifiedApproval = c.unverifiedApproval;
            handledBy = c.handledBy;
            completedAt = c.completedAt;
            onTime = c.onTime;
            rating = c.rating;
        }
    }
}
