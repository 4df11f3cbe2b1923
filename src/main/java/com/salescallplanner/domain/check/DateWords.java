package com.salescallplanner.domain.check;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The words dates are made of: months, weekdays, counts, and the events a commitment can be bound to. */
final class DateWords {
    static final Map<String, Month> MONTHS = new HashMap<>();
    static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    static final Map<String, Integer> COUNTS = new HashMap<>();
    /** Words that may lead a date phrase and belong to it: "by Friday", "before March 3". */
    static final Set<String> LEADS = Set.of("by", "on", "before", "until", "till", "til", "for", "at", "from", "in",
            "starting", "beginning", "no", "later", "than", "latest", "within", "around", "during");
    /** Words that can introduce an event: "before the board meeting", "at the steering committee". */
    static final Set<String> EVENT_LEADS = Set.of("before", "at", "by", "until", "for", "during", "to",
            "ahead", "in");
    /** Leads that set a deadline: after them any scheduled thing is a dated event ("after" sets none). */
    static final Set<String> TEMPORAL_LEADS = Set.of("before", "until", "ahead", "by");
    static final Set<String> EVENT_DETERMINERS = Set.of("the", "our", "their", "next", "this", "its", "his", "her",
            "upcoming", "coming");
    /** Dated events: the day is theirs even when the text does not give it. */
    static final PhraseTable<Boolean> EVENTS = new PhraseTable<Boolean>().add(true, "board meeting",
            "steering committee", "steerco", "steering group", "qbr", "quarterly business review", "budget meeting",
            "budget review", "budget cycle", "planning meeting", "kickoff", "kick-off", "offsite", "off-site",
            "all-hands", "conference", "trade show", "tradeshow", "go-live", "renewal", "contract renewal",
            "fiscal year end", "fiscal year-end", "financial year end", "year-end close", "call", "meeting",
            "next call", "next meeting", "leadership meeting", "exec meeting", "executive meeting",
            "management meeting", "team meeting", "weekly meeting", "monthly meeting", "quarterly review",
            "review meeting", "investment committee", "budget committee", "board review", "summit", "expo",
            "strategy day", "annual planning", "pilot review", "quarterly close", "month-end close",
            "quarter-end close", "period close", "financial close");
    /** Scheduled things that are a dated event after "before" or "after", but the commitment itself after "to" or "at". */
    static final PhraseTable<Boolean> TEMPORAL_EVENTS = new PhraseTable<Boolean>().add(true, "workshop", "demo",
            "pilot", "board", "presentation", "readout", "review", "visit", "site visit", "trial", "launch",
            "rollout", "holiday break", "summer break", "audit", "deadline", "vote", "decision", "fiscal year",
            "financial year", "budget year");
    private static final Set<String> OTHER = Set.of("today", "tonight", "tomorrow", "eod", "eow", "eom", "eoq",
            "eoy", "cob", "week", "month", "quarter", "year", "q1", "q2", "q3", "q4", "h1", "h2", "weekend",
            "fortnight", "mid", "end", "month-end", "quarter-end", "year-end", "end-of-month", "end-of-quarter",
            "end-of-year", "week-end");

    private DateWords() {
    }

    static {
        String[][] months = {{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
            {"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
            {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m]) {
                MONTHS.put(name, Month.of(m + 1));
            }
        }
        String[][] days = {{"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
            {"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday"}, {"sunday"}};
        for (int d = 0; d < days.length; d++) {
            for (String name : days[d]) {
                WEEKDAYS.put(name, DayOfWeek.of(d + 1));
            }
        }
        String[] counts = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve"};
        for (int i = 0; i < counts.length; i++) {
            COUNTS.put(counts[i], i + 1);
        }
        COUNTS.put("a", 1);
        COUNTS.put("an", 1);
        COUNTS.put("couple", 2);
    }

    static java.util.List<String> vocabulary() {
        java.util.List<String> out = new java.util.ArrayList<>(MONTHS.keySet());
        out.addAll(WEEKDAYS.keySet());
        out.addAll(COUNTS.keySet());
        out.addAll(OTHER);
        return out;
    }

    /** The weekday a word names, also in "Thursday's call"; null if none. */
    static DayOfWeek weekday(String lower) {
        return WEEKDAYS.get(lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower);
    }

    /** A month name only counts as a month when it cannot be an ordinary word ("may", "march"). */
    static boolean ambiguousMonth(String lower) {
        return lower.equals("may") || lower.equals("march") || lower.equals("mar") || lower.equals("jan")
                || lower.equals("dec");
    }

    static boolean isDateWord(String lower) {
        return MONTHS.containsKey(lower) || weekday(lower) != null || OTHER.contains(lower) || Holidays.isHolidayWord(lower);
    }

    /** The number a token stands for (digits or "two"), or -1. */
    static int count(Token t) {
        if (t.type() == Token.Type.NUMBER && t.lower().length() <= 3 && t.lower().chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(t.lower());
        }
        return COUNTS.getOrDefault(t.lower(), -1);
    }

    /** The day of month of "15", "15th"; -1 when the token is no such day. */
    static int dayOfMonth(Token t) {
        String s = t.lower();
        if (t.type() == Token.Type.ORDINAL) {
            s = s.substring(0, s.length() - 2);
        } else if (t.type() != Token.Type.NUMBER || s.length() > 2 || !s.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int d = Integer.parseInt(s);
        return d >= 1 && d <= 31 ? d : -1;
    }

    /** A four-digit year between 2000 and 2099, or -1. */
    static int year(Token t) {
        String s = t.lower();
        if (t.type() == Token.Type.NUMBER && s.length() == 4 && s.startsWith("20") && s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        return -1;
    }
}
