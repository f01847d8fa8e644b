package org.virtualhall.approval.cases;

import java.time.Instant;
import java.time.LocalDate;
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
        return new CaseRecord(id, receipt, itemCode, innerItemCode, department, windowNo, regionCode, caseType, next,
                applicant, formJson, source, submittedAt, receivedAt, limit, verified, unverifiedApproval, handledBy,
                completedAt, onTime, rating, version);
    }

    public CaseRecord withType(CaseType type) {
        return new CaseRecord(id, receipt, itemCode, innerItemCode, department, windowNo, regionCode, type, state,
                applicant, formJson, source, submittedAt, receivedAt, limit, verified, unverifiedApproval, handledBy,
                completedAt, onTime, rating, version);
    }

    public CaseRecord withLimit(TimeLimit next) {
        return new CaseRecord(id, receipt, itemCode, innerItemCode, department, windowNo, regionCode, caseType, state,
                applicant, formJson, source, submittedAt, receivedAt, next, verified, unverifiedApproval, handledBy,
                completedAt, onTime, rating, version);
    }

    /** Records verification, or an approval given without it (a violation for 电子监察). */
    public CaseRecord withChecks(boolean isVerified, boolean approvedUnverified) {
        return new CaseRecord(id, receipt, itemCode, innerItemCode, department, windowNo, regionCode, caseType, state,
                applicant, formJson, source, submittedAt, receivedAt, limit, isVerified, approvedUnverified, handledBy,
                completedAt, onTime, rating, version);
    }

    public CaseRecord withHandler(String badge) {
        return new CaseRecord(id, receipt, itemCode, innerItemCode, department, windowNo, regionCode, caseType, state,
                applicant, formJson, source, submittedAt, receivedAt, limit, verified, unverifiedApproval, badge,
                completedAt, onTime, rating, version);
    }

    public CaseRecord withCompletion(Instant at, boolean inTime) {
        return new CaseRecord(id, receipt, itemCode, innerItemCode, department, windowNo, regionCode, caseType, state,
                applicant, formJson, source, submittedAt, receivedAt, limit, verified, unverifiedApproval, handledBy,
                at, inTime, rating, version);
    }

    public CaseRecord withRating(int value) {
        return new CaseRecord(id, receipt, itemCode, innerItemCode, department, windowNo, regionCode, caseType, state,
                applicant, formJson, source, submittedAt, receivedAt, limit, verified, unverifiedApproval, handledBy,
                completedAt, onTime, value, version);
    }
}
