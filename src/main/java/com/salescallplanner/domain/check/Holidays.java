package com.salescallplanner.domain.check;

import com.salescallplanner.domain.check.DateReader.Hit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates reps give by the calendar's landmarks and the clock: "before Christmas", "by Thanksgiving", "by New
 * Year", "by end of day", "by close of business", "by 4pm". A time alone is today; with a day ("Tue 10am")
 * the day wins, because {@link DateReader} prefers any other date to a time.
 */
final class Holidays {
    private static final Set<String> CHRISTMAS = Set.of("christmas", "xmas", "x-mas");
    private static final Set<String> TIME_LEADS = Set.of("by", "before", "until", "till", "at");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}(am|pm)|\\d{3,4}(am|pm)|noon|midday");

    private Holidays() {
    }

    static boolean isHolidayWord(String lower) {
        return CHRISTMAS.contains(lower) || lower.equals("thanksgiving") || lower.equals("christmas's");
    }

    /** A holiday at i, or null. */
    static Hit at(List<Token> t, int i, LocalDate today) {
        String w = t.get(i).lower();
        if (CHRISTMAS.contains(w)) {
            return new Hit(i, i + 1, next(today, LocalDate.of(today.getYear(), Month.DECEMBER, 25)));
        }
        if (w.equals("thanksgiving")) {
            return new Hit(i, i + 1, next(today, thanksgiving(today.getYear())));
        }
        if (w.equals("new") && i + 1 < t.size() && (t.get(i + 1).lower().equals("year")
                || t.get(i + 1).lower().equals("year's")) && !(i > 0 && t.get(i - 1).lower().equals("last"))) {
            return new Hit(i, i + 2, LocalDate.of(today.getYear(), Month.DECEMBER, 31));
        }
        return null;
    }

    /** "end of day", "end of the day", "close of business": today. */
    static Hit endOfDay(List<Token> t, int i, LocalDate today) {
        String w = t.get(i).lower();
        int k = i - 1;
        if (k >= 0 && t.get(k).lower().equals("the")) {
            k--;
        }
        if (k < 1 || !t.get(k).lower().equals("of")) {
            return null;
        }
        String edge = t.get(k - 1).lower();
        boolean day = w.equals("day") && (edge.equals("end") || edge.equals("close"));
        boolean business = w.equals("business") && edge.equals("close");
        return day || business ? new Hit(k - 1, i + 1, today) : null;
    }

    /** "by 4pm", "at noon": a time of today. */
    static Hit time(List<Token> t, int i, LocalDate today) {
        if (i == 0 || !TIME_LEADS.contains(t.get(i - 1).lower()) || !TIME.matcher(t.get(i).lower()).matches()) {
            return null;
        }
        return new Hit(i, i + 1, today);
    }

    static boolean isTime(Token tok) {
        return TIME.matcher(tok.lower()).matches();
    }

    private static LocalDate next(LocalDate today, LocalDate thisYear) {
        return thisYear.isBefore(today) ? thisYear.plusYears(1) : thisYear;
    }

    private static LocalDate thanksgiving(int year) {
        return LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }
}
