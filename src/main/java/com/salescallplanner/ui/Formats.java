package com.salescallplanner.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates, times and durations read in the window. */
public final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public static String dateTime(ZonedDateTime t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    /** "Tue 3 Mar, 14:30": for tables, where the year is obvious. */
    public static String shortDateTime(ZonedDateTime t) {
        return t == null ? "" : SHORT.format(t);
    }

    /** "12:05" or "1:02:05"; negative durations read with a minus sign. */
    public static String clock(Duration d) {
        long s = Math.abs(d.getSeconds());
        String text = s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        return d.isNegative() ? "-" + text : text;
    }

    /** "45 min" or "1 h 30 min". */
    public static String minutes(Duration d) {
        long m = d.toMinutes();
        return m >= 60 ? m / 60 + " h" + (m % 60 == 0 ? "" : " " + m % 60 + " min") : m + " min";
    }
}
