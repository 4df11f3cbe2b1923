package com.salescallplanner.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date fields that write dates as the rest of the window does, "3 Dec 2026", instead of the
 * system's short form ("12/3/2026" reads as 12 March to half the world). Typing accepts that
 * form, the full month, ISO dates and day-first numbers ("3.12.2026", "3/12/2026").
 */
public final class DateFields {
    private static final DateTimeFormatter SHOWN = Formats.DATE_FIELD;
    /** Month names in any case ("3 dec 2026"); "Sept" is read as "Sep" (British English writes it so). */
    private static final List<DateTimeFormatter> READ = List.of(anyCase(Formats.DATE_PATTERN), anyCase("d MMMM yyyy"),
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d.M.yyyy"),
            DateTimeFormatter.ofPattern("d/M/yyyy"));
    private static final Pattern SEPT = Pattern.compile("(?i)\\bsept\\b");

    private DateFields() {
    }

    private static DateTimeFormatter anyCase(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /** A date picker showing and reading dates the window's way; its placeholder is up to the caller. */
    public static DatePicker picker() {
        DatePicker p = new DatePicker();
        p.setConverter(converter());
        return p;
    }

    /**
     * A date picker whose placeholder is "e.g. {@code example}": a date ahead, from the view
     * model's clock (a fixed example date would soon be in the past and read as a suggestion).
     */
    public static DatePicker picker(LocalDate example) {
        DatePicker p = picker();
        p.setPromptText("e.g. " + SHOWN.format(example));
        return p;
    }

    /** Shows "3 Dec 2026"; reads that (any case), "3 December 2026", "2026-12-03", "3.12.2026" and "3/12/2026". */
    public static StringConverter<LocalDate> converter() {
        return CONVERTER;
    }

    private static final StringConverter<LocalDate> CONVERTER = new StringConverter<>() {
        @Override
        public String toString(LocalDate d) {
            return d == null ? "" : SHOWN.format(d);
        }

        /** The date typed; no text is no date. Other text throws, and the picker keeps its value. */
        @Override
        public LocalDate fromString(String text) {
            String t = text == null ? "" : SEPT.matcher(text.strip()).replaceAll("Sep");
            if (t.isEmpty()) {
                return null;
            }
            DateTimeParseException last = null;
            for (DateTimeFormatter f : READ) {
                try {
                    return LocalDate.parse(t, f);
                } catch (DateTimeParseException e) {
                    last = e;
                }
            }
            throw last;
        }
    };
}
