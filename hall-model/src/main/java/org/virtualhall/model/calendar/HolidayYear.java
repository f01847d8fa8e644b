package org.virtualhall.model.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year of the State Council's holiday arrangement (节假日安排).
 *
 * @param source   the notice it comes from, or why it is provisional
 * @param holidays days off, as named ranges
 * @param workdays weekend days that are working days (调休上班)
 */
public record HolidayYear(int year, String source, List<Holiday> holidays, List<LocalDate> workdays) {

    public HolidayYear {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workdays = workdays == null ? List.of() : List.copyOf(workdays);
    }

    /** A named run of days off, both ends included. */
    public record Holiday(String name, LocalDate from, LocalDate to) {
    }
}
