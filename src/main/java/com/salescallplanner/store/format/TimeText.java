package com.salescallplanner.store.format;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates, times and durations as the file writes them, read and written without the general
 * {@link DateTimeFormatter} machinery, which took a fifth of loading a large file. Each method
 * handles the one canonical shape the planner writes (e.g. {@code 2026-11-27T10:00:00+01:00})
 * by hand and hands everything else to the JDK's parser or formatter, so what is accepted, what
 * is refused and what comes out are exactly the JDK's (the tests compare the two on random values).
 * Methods throw {@link DateTimeException} for text they cannot read.
 */
final class TimeText {
    private static final int MAX_CACHED_ZONES = 1_000;
    /** The first second of the years written by hand (0 to 9999), and the first after them. */
    private static final long YEAR_0 = LocalDate.of(0, 1, 1).toEpochDay() * 86_400L;
    private static final long YEAR_10000 = LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400L;
    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    private TimeText() {
    }

    /** As {@link LocalDate#parse(CharSequence)}. */
    static LocalDate date(String s) {
        if (s.length() == 10 && isDate(s, 0)) {
            return LocalDate.of(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
        }
        return LocalDate.parse(s);
    }

    /** As {@link Instant#parse(CharSequence)}. */
    static Instant instant(String s) {
        int end = s.length() - 1;
        if (end >= 19 && s.charAt(end) == 'Z' && isDateTime(s)) {
            int nano = fraction(s, 19, end);
            if (nano >= 0) {
                return localDateTime(s, nano).toInstant(ZoneOffset.UTC);
            }
        }
        return Instant.parse(s);
    }

    /** As {@link OffsetDateTime#parse(CharSequence)}. */
    static OffsetDateTime offsetDateTime(String s) {
        int n = s.length();
        if (n >= 20 && isDateTime(s)) {
            int offsetAt = s.charAt(n - 1) == 'Z' ? n - 1 : n - 6;
            ZoneOffset offset = offsetAt == n - 1 ? ZoneOffset.UTC : offset(s, offsetAt);
            int nano = offset == null || offsetAt < 19 ? -1 : fraction(s, 19, offsetAt);
            if (nano >= 0) {
                return OffsetDateTime.of(localDateTime(s, nano), offset);
            }
        }
        return OffsetDateTime.parse(s);
    }

    /** As {@link Duration#parse(CharSequence)}. */
    static Duration duration(String s) {
        int n = s.length();
        if (n >= 4 && n <= 40 && s.startsWith("PT")) {
            long seconds = 0;
            int i = 2;
            int unit = 0; // H, M, S in this order, each at most once
            boolean any = false;
            while (i < n) {
                int start = i;
                while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
                    i++;
                }
                if (i == start || i == n) {
                    any = false;
                    break;
                }
                int u = "HMS".indexOf(s.charAt(i), unit);
                if (u < 0) {
                    any = false;
                    break;
                }
                seconds += digits(s, start, i - start) * (u == 0 ? 3600L : u == 1 ? 60L : 1L);
                unit = u + 1;
                any = true;
                i++;
            }
            if (any) {
                return Duration.ofSeconds(seconds);
            }
        }
        return Duration.parse(s);
    }

    /** As {@link ZoneId#of(String)}, remembering the zones already seen. */
    static ZoneId zone(String id) {
        ZoneId z = ZONES.get(id);
        if (z == null) {
            z = ZoneId.of(id);
            if (ZONES.size() < MAX_CACHED_ZONES) {
                ZONES.put(id, z);
            }
        }
        return z;
    }

    /** As {@link Instant#toString()}. */
    static String format(Instant t) {
        return text(t, TimeText::format);
    }

    /** As {@code t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)}. */
    static String formatOffset(ZonedDateTime t) {
        return text(t, TimeText::formatOffset);
    }

    /** As {@link LocalDate#toString()}. */
    static String formatDate(LocalDate d) {
        return text(d, TimeText::formatDate);
    }

    /** As {@link Duration#toString()}. */
    static String formatDuration(Duration d) {
        return text(d, TimeText::formatDuration);
    }

    /**
     * Writes {@link Instant#toString()} as ASCII into {@code b} at {@code at} (room for
     * {@link JsonBytes#MAX_ASCII} bytes) and returns the position after it. The writer puts dates
     * and times straight into its buffer this way: making a string of each took a fifth of a save.
     */
    static int format(Instant t, byte[] b, int at) {
        if (t.getEpochSecond() < YEAR_0 || t.getEpochSecond() >= YEAR_10000) {
            return ascii(t.toString(), b, at); // Instant's range is wider than LocalDateTime's
        }
        LocalDateTime ldt = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        int p = dateTime(b, at, ldt);
        int nano = t.getNano();
        if (nano > 0) {
            int digits = nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
            b[p++] = '.';
            p = padded(b, p, nano / (digits == 3 ? 1_000_000 : digits == 6 ? 1_000 : 1), digits);
        }
        b[p++] = 'Z';
        return p;
    }

    /** {@link #formatOffset(ZonedDateTime)} into {@code b}, as {@link #format(Instant, byte[], int)}. */
    static int formatOffset(ZonedDateTime t, byte[] b, int at) {
        ZoneOffset offset = t.getOffset();
        if (t.getYear() < 0 || t.getYear() > 9999 || offset.getTotalSeconds() % 60 != 0) {
            return ascii(t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), b, at);
        }
        int p = dateTime(b, at, t.toLocalDateTime());
        int nano = t.getNano();
        if (nano > 0) {
            int digits = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                digits--;
            }
            b[p++] = '.';
            p = padded(b, p, nano, digits);
        }
        return ascii(offset.getId(), b, p);
    }

    /** {@link LocalDate#toString()} into {@code b}, as {@link #format(Instant, byte[], int)}. */
    static int formatDate(LocalDate d, byte[] b, int at) {
        if (d.getYear() < 0 || d.getYear() > 9999) {
            return ascii(d.toString(), b, at);
        }
        return date(b, at, d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** {@link Duration#toString()} into {@code b}, as {@link #format(Instant, byte[], int)}. */
    static int formatDuration(Duration d, byte[] b, int at) {
        long seconds = d.getSeconds();
        if (seconds <= 0 || d.getNano() != 0 || seconds >= 1_000_000_000L) {
            return ascii(d.toString(), b, at);
        }
        int p = at;
        b[p++] = 'P';
        b[p++] = 'T';
        int hours = (int) (seconds / 3600);
        int minutes = (int) (seconds % 3600 / 60);
        int secs = (int) (seconds % 60);
        if (hours != 0) {
            p = number(b, p, hours);
            b[p++] = 'H';
        }
        if (minutes != 0) {
            p = number(b, p, minutes);
            b[p++] = 'M';
        }
        if (secs != 0) {
            p = number(b, p, secs);
            b[p++] = 'S';
        }
        return p;
    }

    private interface ByteFormat<T> {
        int write(T value, byte[] b, int at);
    }

    private static <T> String text(T value, ByteFormat<T> format) {
        byte[] b = new byte[JsonBytes.MAX_ASCII];
        int n = format.write(value, b, 0);
        return new String(b, 0, n, StandardCharsets.US_ASCII);
    }

    private static int ascii(String s, byte[] b, int at) {
        for (int i = 0; i < s.length(); i++) {
            b[at + i] = (byte) s.charAt(i);
        }
        return at + s.length();
    }

    private static int dateTime(byte[] b, int at, LocalDateTime t) {
        int p = date(b, at, t.getYear(), t.getMonthValue(), t.getDayOfMonth());
        b[p++] = 'T';
        p = padded(b, p, t.getHour(), 2);
        b[p++] = ':';
        p = padded(b, p, t.getMinute(), 2);
        b[p++] = ':';
        return padded(b, p, t.getSecond(), 2);
    }

    private static int date(byte[] b, int at, int year, int month, int day) {
        int p = padded(b, at, year, 4);
        b[p++] = '-';
        p = padded(b, p, month, 2);
        b[p++] = '-';
        return padded(b, p, day, 2);
    }

    /** value (not negative) in exactly {@code width} digits, zero-padded. */
    private static int padded(byte[] b, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            b[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }

    /** value (positive) in as many digits as it needs. */
    private static int number(byte[] b, int at, int value) {
        int width = 1;
        for (int v = value; v >= 10; v /= 10) {
            width++;
        }
        return padded(b, at, value, width);
    }

    /** yyyy-MM-ddTHH:mm:ss at the start, every part in its everyday range (no hour 24, no leap second). */
    private static boolean isDateTime(String s) {
        return isDate(s, 0) && s.charAt(10) == 'T' && isDigit(s.charAt(11)) && isDigit(s.charAt(12))
                && s.charAt(13) == ':' && isDigit(s.charAt(14)) && isDigit(s.charAt(15)) && s.charAt(16) == ':'
                && isDigit(s.charAt(17)) && isDigit(s.charAt(18))
                && digits(s, 11, 2) < 24 && digits(s, 14, 2) < 60 && digits(s, 17, 2) < 60;
    }

    private static boolean isDate(String s, int at) {
        return isDigit(s.charAt(at)) && isDigit(s.charAt(at + 1)) && isDigit(s.charAt(at + 2))
                && isDigit(s.charAt(at + 3)) && s.charAt(at + 4) == '-' && isDigit(s.charAt(at + 5))
                && isDigit(s.charAt(at + 6)) && s.charAt(at + 7) == '-' && isDigit(s.charAt(at + 8))
                && isDigit(s.charAt(at + 9));
    }

    private static LocalDateTime localDateTime(String s, int nano) {
        return LocalDateTime.of(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2), digits(s, 11, 2),
                digits(s, 14, 2), digits(s, 17, 2), nano);
    }

    /** Nanoseconds of "" or ".d" to ".ddddddddd" between from and to; -1 for any other text. */
    private static int fraction(String s, int from, int to) {
        if (from == to) {
            return 0;
        }
        int n = to - from - 1;
        if (s.charAt(from) != '.' || n < 1 || n > 9) {
            return -1;
        }
        int value = 0;
        for (int i = from + 1; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return -1;
            }
            value = value * 10 + s.charAt(i) - '0';
        }
        for (int i = n; i < 9; i++) {
            value *= 10;
        }
        return value;
    }

    /** "+HH:MM" or "-HH:MM" with hours up to 17; null for anything else (the JDK decides those). */
    private static ZoneOffset offset(String s, int at) {
        char sign = s.charAt(at);
        if ((sign != '+' && sign != '-') || !isDigit(s.charAt(at + 1)) || !isDigit(s.charAt(at + 2))
                || s.charAt(at + 3) != ':' || !isDigit(s.charAt(at + 4)) || !isDigit(s.charAt(at + 5))) {
            return null;
        }
        int h = digits(s, at + 1, 2);
        int m = digits(s, at + 4, 2);
        if (h > 17 || m > 59) {
            return null;
        }
        return sign == '+' ? ZoneOffset.ofHoursMinutes(h, m) : ZoneOffset.ofHoursMinutes(-h, -m);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digits(String s, int at, int count) {
        int v = 0;
        for (int i = at; i < at + count; i++) {
            v = v * 10 + s.charAt(i) - '0';
        }
        return v;
    }
}
