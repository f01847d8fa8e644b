package org.virtualhall.approval.timelimit;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRecord.TimeLimit;
import org.virtualhall.approval.system.ApprovalProperties;
import org.virtualhall.model.calendar.WorkingDayCalendar;

/**
 * 限时办结 in working days: the deadline and the yellow-warning day of a case, the pause while the
 * applicant corrects, extensions, and the warning light on a given day.
 */
@Component
public class TimeLimits {

    private final WorkingDayCalendar calendar;
    private final double yellowRatio;

    public TimeLimits(WorkingDayCalendar calendar, ApprovalProperties properties) {
        this.calendar = calendar;
        this.yellowRatio = properties.supervision().yellowRatio();
    }

    /** The limit of a case whose clock starts on {@code start} with {@code days} promised working days. */
    public TimeLimit start(LocalDate start, int days) {
        LocalDate deadline = calendar.addWorkingDays(start, days);
        return new TimeLimit(start, deadline, warnOn(start, days), null, 0);
    }

    /** Stops the clock: the applicant has to bring missing materials. */
    public TimeLimit pause(TimeLimit limit, LocalDate today) {
        return limit.paused() ? limit : new TimeLimit(limit.clockStart(), limit.deadline(), limit.warnOn(), today,
                limit.extensionDays());
    }

    /** Restarts the clock: the working days spent waiting are added to the deadline and the warning day. */
    public TimeLimit resume(TimeLimit limit, LocalDate today) {
        if (!limit.paused()) {
            return limit;
        }
        int waited = Math.max(0, calendar.workingDaysBetween(limit.pausedSince(), today));
        return new TimeLimit(limit.clockStart(), calendar.addWorkingDays(limit.deadline(), waited),
                calendar.addWorkingDays(limit.warnOn(), waited), null, limit.extensionDays());
    }

    /** An approved extension (延期) of {@code days} working days. */
    public TimeLimit extend(TimeLimit limit, int days) {
        return new TimeLimit(limit.clockStart(), calendar.addWorkingDays(limit.deadline(), days),
                calendar.addWorkingDays(limit.warnOn(), days), limit.pausedSince(), limit.extensionDays() + days);
    }

    /** Whether a case completed on {@code day} kept its deadline. */
    public boolean onTime(TimeLimit limit, LocalDate day) {
        return !day.isAfter(limit.deadline());
    }

    public Light light(CaseRecord c, LocalDate today) {
        if (c.completedAt() != null) {
            return Light.DONE;
        }
        if (c.limit().paused()) {
            return Light.PAUSED;
        }
        if (!c.state().clockRuns()) {
            return Light.DONE;
        }
        if (today.isAfter(c.limit().deadline())) {
            return Light.RED;
        }
        return today.isBefore(c.limit().warnOn()) ? Light.GREEN : Light.YELLOW;
    }

    public int workingDaysLeft(TimeLimit limit, LocalDate today) {
        return calendar.workingDaysBetween(today, limit.deadline());
    }

    /** Yellow once {@code yellowRatio} of the days are used; a same-day case warns only when it is overdue. */
    private LocalDate warnOn(LocalDate start, int days) {
        if (days == 0) {
            return start.plusDays(1);
        }
        return calendar.addWorkingDays(start, (int) Math.ceil(days * yellowRatio));
    }
}
