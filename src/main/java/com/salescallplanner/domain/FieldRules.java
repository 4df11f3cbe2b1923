package com.salescallplanner.domain;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The rules every text a rep enters obeys (its length, not blank, no NUL), shared by the value types; messages name the field. */
public final class FieldRules {
    /** Longest single-line text (names, roles, titles). */
    public static final int MAX_NAME = 200;
    /** Longest multi-line text (objectives, notes, agenda). */
    public static final int MAX_TEXT = 10_000;
    /** Longest prospect or call id. */
    static final int MAX_ID = 64;

    private FieldRules() {
    }

    /** A required single-line name: not blank, at most {@link #MAX_NAME} characters. */
    public static String name(String value, String field) {
        String v = text(value, field, MAX_NAME);
        if (v.isBlank()) {
            throw new DomainException(field + " must not be empty.");
        }
        return v.strip();
    }

    /** Optional text, null becomes "", at most {@code max} characters; never contains NUL. */
    public static String text(String value, String field, int max) {
        if (value == null) {
            return "";
        }
        if (value.length() > max) {
            int length = TextLimit.length(value); // code points: an emoji counts once
            if (length > max) {
                throw new DomainException(TextLimit.tooLong(field, length, max));
            }
        }
        if (value.indexOf('\0') >= 0) {
            throw new DomainException(field + " contains a NUL character.");
        }
        return value;
    }

    /** Optional multi-line text of at most {@link #MAX_TEXT} characters. */
    public static String text(String value, String field) {
        return text(value, field, MAX_TEXT);
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new DomainException(field + " is required.");
        }
        return value;
    }

    /** An immutable copy of a list with no null elements; null becomes the empty list. */
    public static <T> List<T> list(Collection<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (T v : values) {
            if (v == null) {
                throw new DomainException(field + " contains an empty entry.");
            }
        }
        return List.copyOf(values);
    }

    /**
     * The form of a prospect or call id: 1 to {@value #MAX_ID} ASCII letters, digits, '-' or '_'.
     * A loop rather than a regular expression: loading checks a few hundred thousand ids.
     */
    public static boolean isIdForm(String value) {
        int n = value.length();
        if (n < 1 || n > MAX_ID) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public static boolean equalsIgnoreCase(String a, String b) {
        return Objects.requireNonNullElse(a, "").equalsIgnoreCase(Objects.requireNonNullElse(b, ""));
    }
}
