package com.salescallplanner.store;

import java.time.Instant;
import java.util.Optional;

/**
 * What the {@link AutoSaver} is doing, for the window's status line.
 *
 * @param message   for FAILED: what went wrong and when the next attempt is; otherwise a short label
 * @param nextRetry for FAILED: when the saver tries again, or empty when it waits for a new edit
 */
public record SaveStatus(State state, String message, Instant at, Optional<Instant> nextRetry) {
    public enum State { SAVING, SAVED, FAILED }

    public boolean failed() {
        return state == State.FAILED;
    }
}
