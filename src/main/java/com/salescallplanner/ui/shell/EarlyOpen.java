package com.salescallplanner.ui.shell;

import com.salescallplanner.ui.port.PlannerStorage;
import com.salescallplanner.ui.port.PlannerStorage.Opened;
import com.salescallplanner.ui.port.PlannerStorage.Progress;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Opens small data at once, on a thread of its own, while the window is being built, so that the
 * prospects are in when the first page is made instead of a second later (issue 15: a 1-prospect
 * planner showed "Loading your prospects..." for a second or more after the window). Large data
 * still waits for the first frame ({@link MainWindow}): its reading and garbage collection held
 * that frame up on a two-core machine (so did reading only a large file's prospects here: the
 * first frame came 0.6 s later, the list only 0.3 s sooner; docs/performance.md). Whatever the reading gives, the data or a problem, reaches
 * the rep the usual way, through {@link DataOpener}.
 */
final class EarlyOpen {
    /** Nothing opened early: the data is opened when the window asks. */
    static final EarlyOpen NONE = new EarlyOpen(null);

    private final CompletableFuture<Opened> reading;

    private EarlyOpen(CompletableFuture<Opened> reading) {
        this.reading = reading;
    }

    /** Starts opening {@code storage} now when it says that is quick; otherwise does nothing. */
    static EarlyOpen start(PlannerStorage storage) {
        if (!storage.quickToOpen()) {
            return NONE;
        }
        StartupTiming.mark("reading");
        CompletableFuture<Opened> reading = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                reading.complete(storage.open(Progress.NONE));
            } catch (RuntimeException | Error e) {
                reading.completeExceptionally(e);
            }
        }, "open-data-early");
        t.setDaemon(true);
        t.start();
        return new EarlyOpen(reading);
    }

    /** How to open the data: take what the early opening gives (once), or open it now. */
    Function<Progress, Opened> step(PlannerStorage storage) {
        if (reading == null) {
            return storage::open;
        }
        return progress -> {
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
}
