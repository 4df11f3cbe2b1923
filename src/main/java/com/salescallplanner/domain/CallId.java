package com.salescallplanner.domain;

import java.util.UUID;

/** Identifies one call plan; used by exports (the calendar UID) and the command line. */
public record CallId(String value) {
    public CallId {
        if (value == null || !FieldRules.isIdForm(value)) {
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
