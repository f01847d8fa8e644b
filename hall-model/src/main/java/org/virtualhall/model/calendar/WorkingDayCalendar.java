package org.virtualhall.model.calendar;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.virtualhall.model.json.HallJson;

/**
 * Working days for 限时办结: weekends and public holidays are off, 调休 weekend days are on.
 * Years without data count weekends only; {@link #covers} tells whether a year has data.
 */
public final class WorkingDayCalendar {

    /** The calendar data shipped in assets. */
    public static final String RESOURCE = "calendar/holidays.yaml";

    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workdays = new HashSet<>();
    private final Map<Integer, String> sources = new HashMap<>();

    public WorkingDayCalendar(List<HolidayYear> years) {
        for (HolidayYear year : years) {
            sources.put(year.year(), year.source());
            for (HolidayYear.Holiday h : year.holidays()) {
                if (h.to().isBefore(h.from())) {
                    throw new IllegalArgumentException(year.year() + " " + h.name() + ": 'to' is before 'from'");
                }
                h.from().datesUntil(h.to().plusDays(1)).forEach(holidays::add);
            }
            workdays.addAll(year.workdays());
        }
    }

    /** Reads a YAML list of {@link HolidayYear}. */
    public static WorkingDayCalendar load(InputStream yaml) {
        try {
            return new WorkingDayCalendar(HallJson.data().readValue(yaml, new TypeReference<List<HolidayYear>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the holiday calendar: " + e.getMessage(), e);
        }
    }

    /** The calendar from {@value #RESOURCE} on the class path (the assets jar). */
    public static WorkingDayCalendar fromClasspath() {
        try (InputStream in = WorkingDayCalendar.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path (is the assets jar there?)");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean covers(int year) {
        return sources.containsKey(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The day by which a case accepted on {@code start} must be done, {@code days} working days later.
     * The day of acceptance does not count; 0 days means the same day.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
