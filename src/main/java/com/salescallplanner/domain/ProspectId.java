package com.salescallplanner.domain;

import java.util.UUID;

/** Identifies a prospect for good: stable across renames, imports and exports. */
public record ProspectId(String value) {
    public ProspectId {
        if (value == null || !FieldRules.isIdForm(value)) {
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
