package com.salescallplanner.domain.check;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * Resolves date words to days relative to today. A commitment is bounded by the latest day a phrase
 * allows: "this week" is Friday of this week, "Q3" the last day of Q3, "in March" the 31st.
 */
final class DateMath {
    private DateMath() {
    }

    /** "Tuesday", "next Tuesday": the next such day after today; "this Tuesday": today if it is Tuesday. */
    static LocalDate weekday(LocalDate today, DayOfWeek day, boolean thisWeek) {
        return today.with(thisWeek ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.next(day));
    }

    /** Friday of this week plus {@code weeks}; never before today. */
    static LocalDate endOfWeek(LocalDate today, int weeks) {
        LocalDate friday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks).plusDays(4);
        return friday.isBefore(today) ? today : friday;
    }

    static LocalDate startOfWeek(LocalDate today, int weeks) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks);
    }

    static LocalDate endOfMonth(LocalDate today, int months) {
        return today.plusMonths(months).with(TemporalAdjusters.lastDayOfMonth());
    }

    static LocalDate startOfMonth(LocalDate today, int months) {
        return today.plusMonths(months).withDayOfMonth(1);
    }

    static LocalDate endOfQuarter(LocalDate today, int quarters) {
        LocalDate first = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        return first.plusMonths(3L * quarters + 2).with(TemporalAdjusters.lastDayOfMonth());
    }

    static LocalDate startOfQuarter(LocalDate today, int quarters) {
        return endOfQuarter(today, quarters).minusMonths(2).withDayOfMonth(1);
    }

    /** The last day of quarter {@code q} (1-4) of {@code year}, or of the next such quarter not yet over. */
    static LocalDate quarter(LocalDate today, int q, int year) {
        LocalDate end = LocalDate.of(year > 0 ? year : today.getYear(), q * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
        return year < 0 && end.isBefore(today) ? end.plusYears(1).with(TemporalAdjusters.lastDayOfMonth()) : end;
    }

    /** The last day of half {@code h} (1 or 2). */
    static LocalDate half(LocalDate today, int h, int year) {
        return quarter(today, h * 2, year);
    }

    /** Month and day; without a year, the next such day from today on. Null when there is no such day. */
    static LocalDate monthDay(LocalDate today, Month month, int day, int year) {
        try {
            LocalDate d = LocalDate.of(year > 0 ? year : today.getYear(), month, day);
            return year < 0 && d.isBefore(today) ? LocalDate.of(today.getYear() + 1, month, day) : d;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A day of a month named without its day: early is the 10th, mid the 15th, otherwise the last day. */
    static LocalDate month(LocalDate today, Month month, String qualifier) {
        int y = today.getYear();
        LocalDate last = LocalDate.of(y, month, 1).with(TemporalAdjusters.lastDayOfMonth());
        if (last.isBefore(today)) {
            last = LocalDate.of(y + 1, month, 1).with(TemporalAdjusters.lastDayOfMonth());
        }
        return switch (qualifier) {
            case "early" -> last.withDayOfMonth(10);
            case "mid" -> last.withDayOfMonth(15);
            case "start", "beginning" -> last.withDayOfMonth(1);
            default -> last;
        };
    }

    /** "The 15th": this month's when still ahead, else next month's (skipping months that lack that day). */
    static LocalDate dayOfMonth(LocalDate today, int day, int monthsAhead) {
        LocalDate month = today.withDayOfMonth(1).plusMonths(monthsAhead);
        for (int k = 0; k < 4; k++, month = month.plusMonths(1)) {
            if (day <= month.lengthOfMonth()) {
                LocalDate d = month.withDayOfMonth(day);
                if (!d.isBefore(today) || monthsAhead > 0) {
                    return d;
                }
            }
        }
        return null;
    }

    /** "2026-03-01" or "3/1", "3/1/26", "3/1/2026" (month first); null when it is not a valid day. */
    static LocalDate numeric(LocalDate today, String s) {
        try {
            if (s.length() >= 8 && s.charAt(4) == '-') {
                String[] p = s.split("-");
                return p.length == 3 ? LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]))
                        : null;
            }
            String[] p = s.split("/");
            if (p.length < 2 || p.length > 3 || p[0].length() > 2 || p[1].length() > 2) {
                return null;
            }
            int m = Integer.parseInt(p[0]);
            int d = Integer.parseInt(p[1]);
            if (p.length == 3) {
                int y = Integer.parseInt(p[2]);
                return LocalDate.of(y < 100 ? 2000 + y : y, m, d);
            }
            return m >= 1 && m <= 12 ? monthDay(today, Month.of(m), d, -1) : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
