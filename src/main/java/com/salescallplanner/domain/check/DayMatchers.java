package com.salescallplanner.domain.check;

import com.salescallplanner.domain.check.DateReader.Hit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/** The matchers for phrases that resolve to a day; each looks at the tokens around position i. */
final class DayMatchers {
    private DayMatchers() {
    }


    static Hit at(List<Token> t, int i, LocalDate today) {
        Token tok = t.get(i);
        String w = tok.lower();
        if (tok.type() == Token.Type.NUMBER || tok.type() == Token.Type.ORDINAL) {
            Hit h = dayFirst(t, i, today);
            if (h == null && tok.type() == Token.Type.NUMBER) {
                h = numeric(t, i, today);
            }
            return h != null ? h : RelativeDates.relative(t, i, today);
        }
        Month month = DateWords.MONTHS.get(w);
        if (month != null) {
            return RelativeDates.month(t, i, month, today);
        }
        DayOfWeek day = DateWords.weekday(w);
        if (day != null) {
            return weekday(t, i, day, today);
        }
        if (w.startsWith("mid-") && DateWords.MONTHS.containsKey(w.substring(4))) {
            return new Hit(i, i + 1, DateMath.month(today, DateWords.MONTHS.get(w.substring(4)), "mid"));
        }
        Hit h = Holidays.at(t, i, today);
        if (h == null) {
            h = Holidays.endOfDay(t, i, today);
        }
        if (h == null) {
            h = Holidays.time(t, i, today);
        }
        return h != null ? h : RelativeDates.relative(t, i, today);
    }

    /** "1 March", "15th of March 2026", "the 15th", "the 1st of next month". */
    private static Hit dayFirst(List<Token> t, int i, LocalDate today) {
        int d = DateWords.dayOfMonth(t.get(i));
        if (d < 0) {
            return null;
        }
        int j = i + 1;
        if (j < t.size() && t.get(j).lower().equals("of")) {
            j++;
        }
        Month m = j < t.size() ? DateWords.MONTHS.get(t.get(j).lower()) : null;
        if (m != null) {
            int year = j + 1 < t.size() ? DateWords.year(t.get(j + 1)) : -1;
            LocalDate date = DateMath.monthDay(today, m, d, year);
            return date == null ? null : new Hit(i, year > 0 ? j + 2 : j + 1, date);
        }
        String before = i > 0 ? t.get(i - 1).lower() : "";
        boolean the = before.equals("the");
        boolean lead = before.equals("by") || before.equals("on") || before.equals("before") || before.equals("until");
        if (t.get(i).type() != Token.Type.ORDINAL || !the && !lead || followedByNoun(t, i + 1)) {
            return null;
        }
        if (lead) {
            return DateMath.dayOfMonth(today, d, 0) == null ? null : new Hit(i, i + 1, DateMath.dayOfMonth(today, d, 0));
        }
        if (j + 1 < t.size() && j == i + 2 && (t.get(j).lower().equals("next") || t.get(j).lower().equals("this"))
                && t.get(j + 1).lower().equals("month")) {
            int ahead = t.get(j).lower().equals("next") ? 1 : 0;
            LocalDate date = DateMath.dayOfMonth(today, d, ahead);
            return date == null ? null : new Hit(i - 1, j + 2, date);
        }
        LocalDate date = DateMath.dayOfMonth(today, d, 0);
        return date == null ? null : new Hit(i - 1, i + 1, date);
    }

    /** "the 3rd party": an ordinal before a noun is no day. */
    private static boolean followedByNoun(List<Token> t, int j) {
        if (j >= t.size() || !t.get(j).isWord()) {
            return false;
        }
        String w = t.get(j).lower();
        return !WordClasses.PREPOSITIONS.contains(w) && !WordClasses.CLAUSE_BREAKS.contains(w) && !DateWords.LEADS.contains(w)
                && !w.equals("or") && !w.equals("latest") && !w.equals("next") && !w.equals("this");
    }

    private static Hit numeric(List<Token> t, int i, LocalDate today) {
        String s = t.get(i).lower();
        if (s.indexOf('/') < 0 && s.indexOf('-') < 0) {
            return null;
        }
        LocalDate d = DateMath.numeric(today, s);
        return d == null ? null : new Hit(i, i + 1, d);
    }

    /** "Tuesday", "next Tuesday", "this Friday", "Tuesday, March 3" (the explicit date wins). */
    private static Hit weekday(List<Token> t, int i, DayOfWeek day, LocalDate today) {
        int next = i + 1 < t.size() && t.get(i + 1).lower().equals(",") ? i + 2 : i + 1;
        if (next < t.size()) {
            Hit explicit = at(t, next, today);
            if (explicit != null && explicit.date() != null && (DateWords.MONTHS.containsKey(t.get(next).lower())
                    || t.get(next).type() != Token.Type.WORD)) {
                return new Hit(i, explicit.to(), explicit.date());
            }
        }
        String before = i > 0 ? t.get(i - 1).lower() : "";
        boolean thisWeek = before.equals("this") || before.equals("coming");
        int from = thisWeek || before.equals("next") ? i - 1 : i;
        return new Hit(from, i + 1, DateMath.weekday(today, day, thisWeek));
    }
}
