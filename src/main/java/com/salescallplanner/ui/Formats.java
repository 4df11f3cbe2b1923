package com.salescallplanner.ui;

import com.salescallplanner.domain.report.Rate;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Dates, times, durations, amounts and rates as the rep reads them, the same on every page. The
 * window uses {@link #window()}: English, day before month, 24-hour clock, so "30 Nov" never sits
 * next to "Nov 30" or "1:00 PM". Times and numbers follow the given locale; dates are fixed
 * English patterns ("14 Sep 2026", "Tue 3 Mar 2026", "Sep 2026"), the same as the date fields
 * show and read: British English's own medium date writes "Sept", which sat next to their "Sep".
 */
public final class Formats {
    /** How a time of day is typed into the plan editor and shown there: "14:30". */
    public static final DateTimeFormatter TIME_FIELD = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter WEEKDAY_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy",
            Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm",
            Locale.ENGLISH);
    /** "14 Sep 2026": how a date is shown and typed in a date field. */
    public static final String DATE_PATTERN = "d MMM yyyy";
    public static final DateTimeFormatter DATE_FIELD = DateTimeFormatter.ofPattern(DATE_PATTERN, Locale.ENGLISH);
    private static final Formats WINDOW = new Formats(Locale.UK);

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter month;

    public Formats(Locale locale) {
        this.locale = locale;
        this.date = DATE_FIELD;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.month = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    }

    /** The window's formats (British English). */
    public static Formats window() {
        return WINDOW;
    }

    /** "14 Mar 2025". */
    public String date(LocalDate d) {
        return date.format(d);
    }

    public String time(ZonedDateTime t) {
        return time.format(t);
    }

    /** "Tue 3 Mar 2026", or "" for no date. */
    public String weekdayDate(LocalDate d) {
        return d == null ? "" : WEEKDAY_DATE.format(d);
    }

    /** "Tue 3 Mar 2026, 14:30", or "" for no time. */
    public String dateTime(ZonedDateTime t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    /** "Tue 3 Mar, 14:30": for tables, where the year is obvious. */
    public String shortDateTime(ZonedDateTime t) {
        return t == null ? "" : SHORT_DATE_TIME.format(t);
    }

    /** "12:05" or "1:02:05"; negative durations read with a minus sign. */
    public String clock(Duration d) {
        long s = Math.abs(d.getSeconds());
        String text = s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        return d.isNegative() ? "-" + text : text;
    }

    /** "45 min" or "1 h 30 min". */
    public String minutes(Duration d) {
        long m = d.toMinutes();
        return m >= 60 ? m / 60 + " h" + (m % 60 == 0 ? "" : " " + m % 60 + " min") : m + " min";
    }

    /** "Today", "Tomorrow", or the weekday and date, e.g. "Friday, 14 Mar 2025". */
    public String dayHeading(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return "Today";
        }
        if (day.equals(today.plusDays(1))) {
            return "Tomorrow";
        }
        return fullDate(day);
    }

    /** The weekday and date, e.g. "Friday, 14 Mar 2025". */
    public String fullDate(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, locale) + ", " + date(day);
    }

    /** "today", "tomorrow", or the date, e.g. "14 Mar 2025", for use inside a sentence. */
    public String shortDay(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return "today";
        }
        return day.equals(today.plusDays(1)) ? "tomorrow" : date(day);
    }

    public String month(YearMonth m) {
        return month.format(m);
    }

    /** A whole amount with the locale's grouping, e.g. "340,000". */
    public String amount(BigDecimal amount) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(0);
        return f.format(amount);
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** "58% (7 of 12)", or "–" when there were no calls. */
    public String rate(Rate r) {
        return r.label();
    }

    /** Days with one decimal, e.g. "19.7". */
    public String days(double d) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        return f.format(d);
    }

    /** "1 day", "12 days". */
    public String dayCount(long days) {
        return number(days) + (days == 1 ? " day" : " days");
    }

    /** "12 days ago", "today", or "never" when there has been no call. */
    public String since(OptionalLong days) {
        if (days.isEmpty()) {
            return "never";
        }
        long d = days.getAsLong();
        return d == 0 ? "today" : dayCount(d) + " ago";
    }
}
