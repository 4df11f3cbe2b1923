package com.salescallplanner.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** Identifies one call plan; used by exports (the calendar UID) and the command line. */
public record CallId(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public CallId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new DomainException("Call id '" + value + "' is invalid: use 1 to 64 letters, digits, '-' or '_'.");
        }
    }

    public static CallId random() {
        return new CallId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
