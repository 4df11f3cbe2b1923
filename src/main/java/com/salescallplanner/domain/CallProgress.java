package com.salescallplanner.domain;

import java.time.Instant;

/**
 * What happened during the call so far: the objectives ticked off and the notes typed.
 * Saved as the rep goes, so closing the window mid-call loses nothing.
 *
 * @param startedAt when the call began: when call mode was started, or the time the rep gave in the
 *                  review; null when the call has not started
 */
public record CallProgress(boolean stretchMet, boolean conservativeMet, String notes, Instant startedAt) {
    public static final CallProgress NOT_STARTED = new CallProgress(false, false, "", null);

    public CallProgress {
        notes = FieldRules.text(notes, "Call notes");
    }

    public boolean met(Level level) {
        return level == Level.STRETCH ? stretchMet : conservativeMet;
    }

    public CallProgress withMet(Level level, boolean met) {
        return level == Level.STRETCH ? new CallProgress(met, conservativeMet, notes, startedAt)
                : new CallProgress(stretchMet, met, notes, startedAt);
    }

    public CallProgress withNotes(String newNotes) {
        return new CallProgress(stretchMet, conservativeMet, newNotes, startedAt);
    }

    /** The time the call began, as the rep gave it in the review (call mode's start otherwise). */
    public CallProgress withStartedAt(Instant at) {
        return new CallProgress(stretchMet, conservativeMet, notes, at);
    }

    public CallProgress started(Instant at) {
        return startedAt != null ? this : new CallProgress(stretchMet, conservativeMet, notes, at);
    }
}
