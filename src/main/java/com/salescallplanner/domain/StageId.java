package com.salescallplanner.domain;

import java.util.regex.Pattern;

/**
 * Identifies a stage of the sales process for good: prospects, calls and the commitment ladder
 * refer to it, so it stays when the rep renames the stage.
 */
public record StageId(String value) {
    public static final String RULE = "a stage id uses lower-case letters, digits and dashes (1 to 40)";
    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public StageId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new DomainException("Stage id '" + value + "' is invalid: " + RULE + ".");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
