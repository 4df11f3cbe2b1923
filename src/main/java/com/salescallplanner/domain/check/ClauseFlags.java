package com.salescallplanner.domain.check;

/** What the reader noticed about a clause, as bits of {@link Clause#flags()}. */
final class ClauseFlags {
    static final int NEGATED = 1;
    static final int HEDGED = 2;
    static final int REPORTED = 4;
    static final int PASSIVE = 8;
    static final int UNKNOWN_VERB = 16;
    static final int VAGUE = 32;

    private ClauseFlags() {
    }
}
