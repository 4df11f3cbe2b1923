package com.salescallplanner.ui.reports;

import com.salescallplanner.domain.report.Rate;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Dates, times, amounts and rates as the rep reads them, in a given locale ({@link #window()} in
 * the app). Shared by the Today view, the pipeline board and the reports so the three say things
 * the same way.
 */
public final class Formats {
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter month;

    public Formats(Locale locale) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
    }

    /**
     * The window's formats: English, day before month, 24-hour clock, as the other pages write
     * dates and times ({@code ui.Formats}), so "30 Nov" never sits next to "Nov 30" or "1:00 PM".
     */
    public static Formats window() {
        return new Formats(Locale.UK);
    }

    public String date(LocalDate d) {
        return date.format(d);
    }

    public String time(ZonedDateTime t) {
        return time.format(t);
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
