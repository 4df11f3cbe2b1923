package com.salescallplanner.ui.shell;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.port.PlannerStorage;
import com.salescallplanner.ui.port.PlannerStorage.Opened;
import com.salescallplanner.ui.port.PlannerStorage.Progress;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Opens small data at once, on a thread of its own, while the window is being built, so that the
 * prospects are in when the first page is made instead of a second later (issue 15: a 1-prospect
 * planner showed "Loading your prospects..." for a second or more after the window). A large file
 * whose prospects the storage reads first starts the same way: they are quick to read, and the rest
 * waits until the list shows them. Other large data waits for the first frame ({@link MainWindow}):
 * its reading and garbage collection held that frame up on a two-core machine. Whatever the reading gives, the data or a problem, reaches
 * the rep the usual way, through {@link DataOpener}.
 */
final class EarlyOpen {
    /** Nothing opened early: the data is opened when the window asks. */
    static final EarlyOpen NONE = new EarlyOpen(null, null);

    private final CompletableFuture<Opened> reading;
    private final Relay relay;

    private EarlyOpen(CompletableFuture<Opened> reading, Relay relay) {
        this.reading = reading;
        this.relay = relay;
    }

    /**
     * Starts opening {@code storage} now when it says that is quick, or that it reads a large
     * file's prospects first (they reach the list through {@code progress}; the rest is read once
     * the list is laid out, {@link ListFirst}); otherwise does nothing.
     */
    static EarlyOpen start(PlannerStorage storage, Progress progress) {
        if (!storage.quickToOpen() && !storage.readsProspectsFirst()) {
            return NONE;
        }
        StartupTiming.mark("reading");
        CompletableFuture<Opened> reading = new CompletableFuture<>();
        Relay relay = new Relay(progress);
        Thread t = new Thread(() -> {
            try {
                reading.complete(storage.open(relay));
            } catch (RuntimeException | Error e) {
                reading.completeExceptionally(e);
            }
        }, "open-data-early");
        t.setDaemon(true);
        t.start();
        return new EarlyOpen(reading, relay);
    }

    /** How to open the data: take what the early opening gives (once), or open it now. */
    Function<Progress, Opened> step(PlannerStorage storage) {
        if (reading == null) {
            return storage::open;
        }
        return progress -> {
            relay.forwardTo(progress);
            try {
                return reading.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        };
    }

    boolean started() {
        return reading != null;
    }

    /**
     * The early opening's progress: the prospects read first go to the list at once; the steps
     * go to the status bar once the window takes the opening over (the last one again then).
     */
    private static final class Relay implements Progress {
        private final Progress prospects;
        private Progress steps = Progress.NONE;
        private double fraction;
        private String message;

        Relay(Progress prospects) {
            this.prospects = prospects;
        }

        @Override
        public synchronized void update(double f, String m) {
            fraction = f;
            message = m;
            steps.update(f, m);
        }

        @Override
        public void prospectsRead(PlannerData prospectsOnly) {
            prospects.prospectsRead(prospectsOnly);
        }

        synchronized void forwardTo(Progress to) {
            steps = to;
            if (message != null) {
                to.update(fraction, message);
            }
        }
    }
}
