package com.salescallplanner.ui.shell;

import com.salescallplanner.ui.port.PlannerStorage;
import com.salescallplanner.ui.port.PlannerStorage.Opened;
import com.salescallplanner.ui.port.PlannerStorage.Progress;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Opens small data at once, on a thread of its own, while the window is being built, so that the
 * prospects are in when the first page is made instead of a second later (issue 15: a 1-prospect
 * planner showed "Loading your prospects..." for a second or more after the window). Large data
 * still waits for the first frame ({@link MainWindow}): its reading and garbage collection held
 * that frame up on a two-core machine (so did reading only a large file's prospects here: the
 * first frame came 0.6 s later, the list only 0.3 s sooner; docs/performance.md). Whatever the reading gives, the data or a problem, reaches
 * the rep the usual way, through {@link DataOpener}.
 *
 * <p>Which way the data opens is decided on that thread too: asking the storage looks at the
 * files (their sizes, a small journal), which is no work for the JavaFX thread.
 */
final class EarlyOpen {
    /** How the data opens, as the storage answered. */
    enum Way {
        /** Read while the window is built. */
        EARLY,
        /** A large file whose prospects come first: opening may start at the first frame. */
        PROSPECTS_FIRST,
        /** Opened once the first frames are drawn. */
        AFTER_FIRST_FRAMES
    }

    /** Nothing opened early: the data is opened when the window asks. */
    static final EarlyOpen NONE = new EarlyOpen(CompletableFuture.completedFuture(Way.AFTER_FIRST_FRAMES),
            CompletableFuture.completedFuture(null));

    private final CompletableFuture<Way> way;
    /** The data read early, or null when it was not (then it is opened when the window asks). */
    private final CompletableFuture<Opened> reading;

    private EarlyOpen(CompletableFuture<Way> way, CompletableFuture<Opened> reading) {
        this.way = way;
        this.reading = reading;
    }

    /** Asks {@code storage}, on a thread of its own, how its data opens, and reads it at once when that is quick. */
    static EarlyOpen start(PlannerStorage storage) {
        CompletableFuture<Way> way = new CompletableFuture<>();
        CompletableFuture<Opened> reading = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                if (!storage.quickToOpen()) {
                    way.complete(storage.readsProspectsFirst() ? Way.PROSPECTS_FIRST : Way.AFTER_FIRST_FRAMES);
                    reading.complete(null);
                    return;
                }
                StartupTiming.mark("reading");
                way.complete(Way.EARLY);
                reading.complete(DataOpener.lookupsMade(storage.open(Progress.NONE)));
            } catch (RuntimeException | Error e) {
                way.complete(Way.EARLY); // a problem found: the rep is told at the first frame
                reading.completeExceptionally(e);
            }
        }, "open-data-early");
        t.setDaemon(true);
        t.start();
        return new EarlyOpen(way, reading);
    }

    /** How to open the data: take what the early opening gives (once), or open it now. */
    Function<Progress, Opened> step(PlannerStorage storage) {
        return progress -> {
            Opened early;
            try {
                early = reading.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
            return early != null ? early : storage.open(progress);
        };
    }

    /**
     * True when the data may be opened as soon as a page shows: it was read early, or its
     * prospects come first. Asked at the first frame; if the storage has not answered by then
     * (it looks at two file sizes), the data opens after the first frames, as for any.
     */
    boolean opensAtFirstFrame() {
        return way.getNow(Way.AFTER_FIRST_FRAMES) != Way.AFTER_FIRST_FRAMES;
    }

    /**
     * The data read early, once it is in, waiting at most {@code millis} for it; null when it is
     * not read early, not in by then, or the reading found a problem (which reaches the rep the
     * usual way, through {@link #step}).
     */
    Opened readWithin(long millis) {
        try {
            return reading.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** True once the data is known to be read since the window was built. */
    boolean readEarly() {
        return way.getNow(null) == Way.EARLY;
    }
}
