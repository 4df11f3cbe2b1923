package com.salescallplanner.store;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The time in the name of a file kept aside ({@code planner-unreadable-2026-12-07T16-51-52.419.json}):
 * local time to the millisecond, which the rep reads in a notice, with {@code -} for {@code :}, which
 * Windows refuses in a file name.
 */
final class AsideTime {
    private AsideTime() {
    }

    static String now(Clock clock) {
        return of(LocalDateTime.now(clock));
    }

    static String of(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.MILLIS).toString().replace(':', '-');
    }
}
