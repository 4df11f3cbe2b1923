package com.salescallplanner.domain;

/**
 * Identifies a stage of the sales process for good: prospects, calls and the commitment ladder
 * refer to it, so it stays when the rep renames the stage.
 */
public record StageId(String value) {
    public static final String RULE = "a stage id uses lower-case letters, digits and dashes (1 to 40)";
    static final int MAX_LENGTH = 40;

    public StageId {
        if (value == null || !isForm(value)) {
            throw new DomainException("Stage id '" + value + "' is invalid: " + RULE + ".");
        }
    }

    /**
     * {@code [a-z0-9][a-z0-9-]{0,39}}, as a loop rather than a regular expression: loading a planner
     * checks one for every prospect, stage change and call (docs/performance.md).
     */
    static boolean isForm(String value) {
        int n = value.length();
        if (n < 1 || n > MAX_LENGTH || value.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
