package com.salescallplanner.store.format;

import com.salescallplanner.domain.FieldRules;
import com.salescallplanner.domain.DomainException;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Re-checks single values read from the document, each with its field path. The rules
 * themselves are the domain's ({@link FieldRules} and the records' constructors): the store only
 * says where a broken value sits.
 */
final class FieldValues {
    /** Amounts beyond this many digits are not money but a hostile or damaged file. */
    private static final int MAX_AMOUNT_PRECISION = 30;
    private static final int MAX_AMOUNT_SCALE = 10;

    private FieldValues() {
    }

    /** Runs a domain check or constructor, giving its message the path. */
    static <T> T domain(FieldPath at, Supplier<T> build) {
        try {
            return build.get();
        } catch (DomainException e) {
            throw new InvalidValue(at, e.getMessage());
        }
    }

    static <T> T required(FieldPath at, T value) {
        if (value == null) {
            throw new InvalidValue(at, "is missing.");
        }
        return value;
    }

    static String name(FieldPath at, String value, String label) {
        return domain(at, () -> FieldRules.name(required(at, value), label));
    }

    static String text(FieldPath at, String value, String label, int max) {
        return domain(at, () -> FieldRules.text(value, label, max));
    }

    static String text(FieldPath at, String value, String label) {
        return text(at, value, label, FieldRules.MAX_TEXT);
    }

    static boolean flag(Boolean value) {
        return value != null && value;
    }

    static <E extends Enum<E>> E enumValue(FieldPath at, String value, Class<E> type) {
        required(at, value);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidValue(at, "'" + value + "' is not one of " + allowed + ".");
        }
    }

    static <E extends Enum<E>> E optionalEnum(FieldPath at, String value, Class<E> type) {
        return value == null ? null : enumValue(at, value, type);
    }

    static LocalDate date(FieldPath at, String value) {
        required(at, value);
        try {
            return TimeText.date(value);
        } catch (DateTimeException e) {
            throw new InvalidValue(at, "'" + value + "' is not a date in the form 2026-11-27.");
        }
    }

    static LocalDate optionalDate(FieldPath at, String value) {
        return value == null ? null : date(at, value);
    }

    static Instant optionalInstant(FieldPath at, String value) {
        if (value == null) {
            return null;
        }
        try {
            return TimeText.instant(value);
        } catch (DateTimeException e) {
            throw new InvalidValue(at, "'" + value + "' is not a UTC time in the form 2026-11-27T09:30:00Z.");
        }
    }

    /** A start time: the offset date-time fixes the instant, the zone id the rep's time zone. */
    static ZonedDateTime zoned(FieldPath at, String start, FieldPath zoneAt, String zone) {
        required(at, start);
        required(zoneAt, zone);
        OffsetDateTime time;
        try {
            time = TimeText.offsetDateTime(start);
        } catch (DateTimeException e) {
            throw new InvalidValue(at, "'" + start + "' is not a date and time in the form 2026-11-27T10:00:00+01:00.");
        }
        try {
            return time.atZoneSameInstant(TimeText.zone(zone));
        } catch (DateTimeException e) {
            throw new InvalidValue(zoneAt, "'" + zone + "' is not a time zone such as Europe/Berlin.");
        }
    }

    static Duration duration(FieldPath at, String value) {
        required(at, value);
        try {
            return TimeText.duration(value);
        } catch (DateTimeException e) {
            throw new InvalidValue(at, "'" + value + "' is not a duration in the form PT45M.");
        }
    }

    static BigDecimal amount(FieldPath at, BigDecimal value) {
        if (value != null && (value.precision() > MAX_AMOUNT_PRECISION || Math.abs(value.scale()) > MAX_AMOUNT_SCALE)) {
            throw new InvalidValue(at, "the amount is out of range: at most " + MAX_AMOUNT_PRECISION
                    + " digits and " + MAX_AMOUNT_SCALE + " decimals.");
        }
        return value;
    }

    /** Converts every entry, each with its index in the path; a missing list is an error. */
    static <A, B> List<B> list(FieldPath at, List<A> values, BiFunction<A, FieldPath, B> convert) {
        required(at, values);
        return optionalList(at, values, convert);
    }

    /** Like {@link #list}, but a missing list is empty. */
    static <A, B> List<B> optionalList(FieldPath at, List<A> values, BiFunction<A, FieldPath, B> convert) {
        if (values == null) {
            return List.of();
        }
        List<B> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.add(item(at, values, i, convert));
        }
        return out;
    }

    /** The list's value at {@code i}, required and converted, its place named {@code at[i]}. */
    static <A, B> B item(FieldPath at, List<A> values, int i, BiFunction<A, FieldPath, B> convert) {
        FieldPath itemAt = at.index(i);
        return convert.apply(required(itemAt, values.get(i)), itemAt);
    }

    /** A list of names, e.g. attendees: each entry a valid name. */
    static List<String> names(FieldPath at, List<String> values, String label) {
        return optionalList(at, values, (v, p) -> name(p, v, label));
    }
}
