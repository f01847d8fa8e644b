package org.virtualhall.approval.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of the satisfaction figures: a day ({@code 2026-12-07}), a month ({@code 2026-12}) or a quarter
 * ({@code 2026-Q4}), from its first to its last day.
 */
public record ReviewPeriod(String kind, String name, LocalDate from, LocalDate to) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** The period of that kind ({@code day}, {@code month}, {@code quarter}) named by {@code at}, or the one holding today. */
    static ReviewPeriod of(String kind, String at, LocalDate today) {
        String k = kind == null || kind.isBlank() ? "month" : kind;
        try {
            return switch (k) {
                case "day" -> day(at == null || at.isBlank() ? today : LocalDate.parse(at));
                case "month" -> month(at == null || at.isBlank() ? YearMonth.from(today) : YearMonth.parse(at));
                case "quarter" -> quarter(at == null || at.isBlank()
                        ? today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1) : at);
                default -> throw new IllegalArgumentException("period");
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("at");
        }
    }

    private static ReviewPeriod day(LocalDate d) {
        return new ReviewPeriod("day", d.toString(), d, d);
    }

    private static ReviewPeriod month(YearMonth m) {
        return new ReviewPeriod("month", m.toString(), m.atDay(1), m.atEndOfMonth());
    }

    private static ReviewPeriod quarter(String at) {
        Matcher m = QUARTER.matcher(at);
        if (!m.matches()) {
            throw new IllegalArgumentException("at");
        }
        int year = Integer.parseInt(m.group(1));
        int first = (Integer.parseInt(m.group(2)) - 1) * 3 + 1;
        return new ReviewPeriod("quarter", at, YearMonth.of(year, first).atDay(1), YearMonth.of(year, first + 2).atEndOfMonth());
    }
}
