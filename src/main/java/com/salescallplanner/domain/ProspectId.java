package com.salescallplanner.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** Identifies a prospect for good: stable across renames, imports and exports. */
public record ProspectId(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public ProspectId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new DomainException("Prospect id '" + value + "' is invalid: use 1 to 64 letters, digits, '-' or '_'.");
        }
    }

    public static ProspectId random() {
        return new ProspectId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
