package org.virtualhall.approval.supervision;

import java.time.LocalDate;
import java.util.List;

/** The 电子监察 dashboard at one day: warning lights of running cases and the published figures. */
public record Overview(LocalDate day, long running, long yellow, long red, long paused, Figure total,
                       List<Figure> departments, List<Figure> windows, List<Figure> staff,
                       List<Flagged> overdue, List<Flagged> unverifiedApprovals, long queryMillis) {

    /** A case the supervisor should look at. */
    public record Flagged(long caseId, String receipt, String itemCode, String department, String windowNo,
                          String state, LocalDate deadline) {
    }
}
