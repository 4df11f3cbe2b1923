package com.salescallplanner.domain.crm;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates CRMs export: ISO "2026-03-15" (with or without a time, "2026-03-15 10:00",
 * "2026-03-15T10:00:00Z"), Salesforce's US "3/15/2026" or locale "15/03/2026" (see
 * {@link DateOrder}), German "15.03.2026", each optionally followed by a time, which is dropped:
 * the date is taken as written, in the CRM's own zone.
 * Two-digit years are read as 20xx.
 */
public final class CrmDates {
    static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?:[ ,T].*)?");
    static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?:[ ,T].*)?");

    private CrmDates() {
    }

    /** The date, or null for an empty cell; an {@link IllegalArgumentException} naming the text otherwise. */
    public static LocalDate parse(String raw, DateOrder order) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
            m = DOTTED.matcher(s);
            if (m.matches()) {
                return date(m.group(3), m.group(2), m.group(1));
            }
            m = SLASHED.matcher(s);
            if (m.matches()) {
                return order == DateOrder.DAY_FIRST ? date(m.group(3), m.group(2), m.group(1))
                        : date(m.group(3), m.group(1), m.group(2));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + s + "' is not a valid date", e);
        }
        throw new IllegalArgumentException("'" + s + "' is not a date (expected e.g. 2026-03-15, 3/15/2026 or 15.03.2026)");
    }

    private static LocalDate date(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            y += 2000;
        }
        try {
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new DateTimeParseException("invalid date", year + "-" + month + "-" + day, 0, e);
        }
    }
}
