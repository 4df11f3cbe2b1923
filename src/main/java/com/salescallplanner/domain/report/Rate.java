package com.salescallplanner.domain.report;

import java.util.OptionalDouble;

/**
 * A share of calls: {@code hits} out of {@code of}. Kept as counts, not a percentage, so a report
 * can say "7 of 12" and a rate over 3 calls is not mistaken for one over 300.
 */
public record Rate(int hits, int of) {
    public static final Rate NONE = new Rate(0, 0);

    public Rate {
        if (of < 0 || hits < 0 || hits > of) {
            throw new IllegalArgumentException("A rate needs 0 <= hits <= of, not " + hits + " of " + of + ".");
        }
    }

    /** The share between 0 and 1; empty when there were no calls to count. */
    public OptionalDouble share() {
        return of == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) hits / of);
    }

    /** The share in percent rounded to a whole number, or -1 when there were no calls. */
    public int percent() {
        return of == 0 ? -1 : (int) Math.round(100.0 * hits / of);
    }

    /** "58% (7 of 12)", or "–" when there were no calls: how the Reports view and the report command show it. */
    public String label() {
        return of == 0 ? "–" : percent() + "% (" + counts() + ")";
    }

    /** "7 of 12". */
    public String counts() {
        return hits + " of " + of;
    }
}
