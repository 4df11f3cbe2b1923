package com.salescallplanner.domain;

import java.util.Locale;

/** The two objectives of every call: the best realistic case and the least the rep accepts. */
public enum Level {
    STRETCH, CONSERVATIVE;

    /** "stretch" or "conservative", as in the JSON of the command line and the data file. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String displayName() {
        return this == STRETCH ? "Stretch" : "Conservative";
    }
}
