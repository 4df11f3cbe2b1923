package com.salescallplanner.domain.check;

import com.salescallplanner.domain.check.DateReader.Hit;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;

/** Month names and phrases relative to today: "end of month", "next week", "Q3", "in two weeks", "tomorrow". */
final class RelativeDates {
    private static final Set<String> MONTH_LEADS = Set.of("in", "by", "before", "until", "till", "during", "for",
            "from", "starting", "of");
    private static final Set<String> QUALIFIERS = Set.of("early", "mid", "late");

    private RelativeDates() {
    }

    /** "March 3", "Mar 3, 2026", "mid March", "end of March", "in May" (a bare "may" is not a month). */
    static Hit month(List<Token> t, int i, Month m, LocalDate today) {
        if (i + 1 < t.size()) {
            int d = DateWords.dayOfMonth(t.get(i + 1));
            if (d > 0) {
                int to = i + 2;
                int year = -1;
                if (to + 1 < t.size() && t.get(to).lower().equals(",") && DateWords.year(t.get(to + 1)) > 0) {
                    year = DateWords.year(t.get(to + 1));
                    to += 2;
                } else if (to < t.size() && DateWords.year(t.get(to)) > 0) {
                    year = DateWords.year(t.get(to));
                    to++;
                }
                LocalDate date = DateMath.monthDay(today, m, d, year);
                return date == null ? null : new Hit(i, to, date);
            }
        }
        String prev = lower(t, i - 1);
        String qualifier = "";
        int from = i;
        if (QUALIFIERS.contains(prev)) {
            qualifier = prev;
            from = i - 1;
        } else if (prev.equals("of") && Set.of("end", "beginning", "start").contains(lower(t, i - 2))) {
            qualifier = lower(t, i - 2);
            from = i - 2;
        }
        String w = t.get(i).lower();
        boolean plainName = w.length() > 3 && !DateWords.ambiguousMonth(w);
        if (qualifier.isEmpty() && !MONTH_LEADS.contains(prev) && !plainName) {
            return null;
        }
        return new Hit(from, i + 1, DateMath.month(today, m, qualifier.isEmpty() ? "end" : qualifier));
    }

    static Hit relative(List<Token> t, int i, LocalDate today) {
        String w = t.get(i).lower();
        switch (w) {
            case "today", "tonight", "eod", "cob":
                String next = lower(t, i + 1);
                return DateWords.WEEKDAYS.containsKey(next) || next.equals("tomorrow") ? null : new Hit(i, i + 1, today);
            case "tomorrow":
                boolean dayAfter = lower(t, i - 1).equals("after") && lower(t, i - 2).equals("day");
                return dayAfter ? new Hit(i - 3 >= 0 && lower(t, i - 3).equals("the") ? i - 3 : i - 2, i + 1,
                        today.plusDays(2)) : new Hit(i, i + 1, today.plusDays(1));
            case "eow":
                return new Hit(i, i + 1, DateMath.endOfWeek(today, 0));
            case "eom", "month-end", "end-of-month":
                return new Hit(i, i + 1, DateMath.endOfMonth(today, 0));
            case "eoq", "quarter-end", "end-of-quarter":
                return new Hit(i, i + 1, DateMath.endOfQuarter(today, 0));
            case "eoy", "year-end", "end-of-year":
                return new Hit(i, i + 1, today.withMonth(12).withDayOfMonth(31));
            case "q1", "q2", "q3", "q4", "h1", "h2":
                int year = i + 1 < t.size() ? DateWords.year(t.get(i + 1)) : -1;
                int n = w.charAt(1) - '0';
                LocalDate end = w.charAt(0) == 'q' ? DateMath.quarter(today, n, year) : DateMath.half(today, n, year);
                return new Hit(i, year > 0 ? i + 2 : i + 1, end);
            case "week", "month", "quarter", "year":
                return period(t, i, w, today);
            case "in", "within", "inside":
                return count(t, i + 1, i, today);
            default:
                return DateWords.count(t.get(i)) > 0 && lower(t, i + 2).equals("from")
                        && Set.of("now", "today").contains(lower(t, i + 3)) ? fromNow(t, i, today) : null;
        }
    }

    private static Hit fromNow(List<Token> t, int i, LocalDate today) {
        Hit h = count(t, i, i, today);
        return h == null ? null : new Hit(i, h.to() + 2, h.date());
    }

    /** "this week", "next month", "end of the quarter", "the week after next", "month end"; not "last month". */
    private static Hit period(List<Token> t, int i, String unit, LocalDate today) {
        int k = i - 1;
        int ahead = 0;
        boolean relative = false;
        String prev = lower(t, k);
        if (prev.equals("last") || prev.equals("previous") || prev.equals("past") || prev.equals("per")) {
            return null;
        }
        if (prev.equals("this") || prev.equals("current") || prev.equals("coming") || prev.equals("next")) {
            ahead = prev.equals("next") ? 1 : 0;
            relative = true;
            k--;
        }
        if (lower(t, k).equals("the")) {
            k--;
        }
        String edge = "";
        if (lower(t, k).equals("of") && Set.of("end", "beginning", "start", "close").contains(lower(t, k - 1))) {
            edge = lower(t, k - 1);
            k -= 2;
            if (lower(t, k).equals("the")) {
                k--;
            }
        }
        int to = i + 1;
        if (edge.isEmpty() && lower(t, i + 1).equals("end")) {
            edge = "end";
            to = i + 2;
        }
        if (unit.equals("week") && lower(t, i - 1).equals("the") && lower(t, i + 1).equals("after")
                && lower(t, i + 2).equals("next")) {
            return new Hit(i - 1, i + 3, DateMath.endOfWeek(today, 2));
        }
        if (!relative && edge.isEmpty() && lower(t, i - 1).equals("the")
                && Set.of("ends", "closes", "end", "close").contains(lower(t, i + 1))) {
            edge = "end";
            to = i + 2;
        }
        if (!relative && edge.isEmpty()) {
            return null;
        }
        boolean start = edge.equals("beginning") || edge.equals("start");
        LocalDate d = switch (unit) {
            case "week" -> start ? DateMath.startOfWeek(today, ahead) : DateMath.endOfWeek(today, ahead);
            case "month" -> start ? DateMath.startOfMonth(today, ahead) : DateMath.endOfMonth(today, ahead);
            case "quarter" -> start ? DateMath.startOfQuarter(today, ahead) : DateMath.endOfQuarter(today, ahead);
            default -> today.plusYears(ahead).withMonth(start ? 1 : 12).withDayOfMonth(start ? 1 : 31);
        };
        return new Hit(k + 1, to, d);
    }

    /** "in two weeks", "within 10 days", "in the next two weeks", "in a couple of weeks", "3 days from now". */
    private static Hit count(List<Token> t, int j, int from, LocalDate today) {
        if (lower(t, j).equals("the")) {
            j++;
        }
        if (lower(t, j).equals("next")) {
            j++;
        }
        if (lower(t, j).equals("a") && lower(t, j + 1).equals("couple")) {
            j++;
        }
        if (j >= t.size()) {
            return null;
        }
        int n = DateWords.count(t.get(j));
        if (n <= 0 || n > 366) {
            return null;
        }
        j++;
        if (lower(t, j).equals("of")) {
            j++;
        }
        if (lower(t, j).equals("business") || lower(t, j).equals("working")) {
            j++;
        }
        LocalDate d = switch (lower(t, j)) {
            case "day", "days" -> today.plusDays(n);
            case "week", "weeks" -> today.plusWeeks(n);
            case "fortnight", "fortnights" -> today.plusWeeks(2L * n);
            case "month", "months" -> today.plusMonths(n);
            default -> null;
        };
        return d == null ? null : new Hit(from, j + 1, d);
    }

    private static String lower(List<Token> t, int i) {
        return i >= 0 && i < t.size() ? t.get(i).lower() : "";
    }
}
