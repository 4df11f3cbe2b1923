package com.salescallplanner.ui.computed;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes a view's figures when asked, at most once per burst of requests: a burst of edits
 * (typing, undo pressed five times) triggers one computation after {@code delay}, on a worker
 * thread, so 100,000 calls never freeze the window. Only the latest request's result is
 * published. While paused (the view is not on screen) requests are only noted, and one
 * computation runs on resuming. Requests and publishing happen on the JavaFX thread.
 */
public final class BackgroundComputation<T> {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundComputation.class);
    private static final ScheduledExecutorService WORKER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "report-computation");
        t.setDaemon(true);
        return t;
    });

    private final RefreshMode mode;
    private final Duration delay;
    private final Supplier<Supplier<T>> prepare;
    private final Consumer<T> publish;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private long generation;
    private ScheduledFuture<?> pending;
    private boolean paused;
    private boolean stale;

    /**
     * @param prepare runs on the JavaFX thread and returns the work to do elsewhere; the work may
     *                only read immutable values that {@code prepare} captured (the data, "now")
     * @param publish receives the result on the JavaFX thread
     */
    public BackgroundComputation(RefreshMode mode, Duration delay, Supplier<Supplier<T>> prepare,
                                 Consumer<T> publish) {
        this.mode = Objects.requireNonNull(mode);
        this.delay = Objects.requireNonNull(delay);
        this.prepare = Objects.requireNonNull(prepare);
        this.publish = Objects.requireNonNull(publish);
    }

    /** Asks for fresh figures. */
    public void refresh() {
        if (paused) {
            stale = true;
            return;
        }
        Supplier<T> work = prepare.get();
        if (mode == RefreshMode.IMMEDIATE) {
            publish.accept(work.get());
            return;
        }
        long mine = ++generation;
        busy.set(true);
        if (pending != null) {
            pending.cancel(false);
        }
        pending = WORKER.schedule(() -> compute(work, mine), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops computing while the view is hidden; resuming catches up with what was missed. */
    public void setPaused(boolean pause) {
        paused = pause;
        if (!pause && stale) {
            stale = false;
            refresh();
        }
    }

    /** True from a request until its result (or failure) has been handled. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void compute(Supplier<T> work, long mine) {
        try {
            long started = System.nanoTime();
            T value = work.get();
            LOG.debug("Recomputed in {} ms", (System.nanoTime() - started) / 1_000_000);
            Platform.runLater(() -> finish(mine, value, true));
        } catch (RuntimeException e) {
            LOG.error("Could not compute the view's figures", e);
            Platform.runLater(() -> finish(mine, null, false));
        }
    }

    private void finish(long mine, T value, boolean ok) {
        if (mine != generation) {
            return;
        }
        busy.set(false);
        if (ok) {
            publish.accept(value);
        }
    }
}
