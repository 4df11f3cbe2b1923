package com.salescallplanner.ui.shell;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the rep's java command started, for {@link StartupTiming}: this JVM's start, or, when
 * {@code java -jar} started this JVM for the window ({@link #RESTARTED}, app.WindowRestart), the
 * start of the JVM that did. That one is worked out here, after the measured moments, so that the
 * first JVM need not ask its management beans (tens of milliseconds in a fresh JVM) before it starts
 * this one, which would put a cost into the figures that a rep's start never pays.
 */
final class LaunchTime {
    /** Set on the window's JVM by the JVM that started it, with the timing on. */
    static final String RESTARTED = "scp.startupTiming.restarted";
    private static final Logger LOG = LoggerFactory.getLogger(LaunchTime.class);

    private LaunchTime() {
    }

    /** Milliseconds since the epoch. */
    static long millis() {
        long own = ManagementFactory.getRuntimeMXBean().getStartTime();
        if (!Boolean.getBoolean(RESTARTED)) {
            return own;
        }
        // The operating system's start instants of both processes: on Linux they are counted from a
        // boot time given in whole seconds, an error both share, so their difference holds (to 10 ms).
        ProcessHandle self = ProcessHandle.current();
        Optional<Instant> mine = self.info().startInstant();
        Optional<Instant> launcher = self.parent().flatMap(p -> p.info().startInstant());
        if (mine.isEmpty() || launcher.isEmpty()) {
            LOG.warn("The start of the JVM that started this one is unknown: start-up times count from this JVM's");
            return own;
        }
        return own - Duration.between(launcher.get(), mine.get()).toMillis();
    }
}
