package com.salescallplanner.store;

import com.salescallplanner.domain.PlannerData;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves snapshots of the planner in the background, for the window. {@link PlannerData} is
 * immutable, so a snapshot is just the current value: the window hands over every new value
 * with {@link #submit} and goes on. Bursts are coalesced (only the newest value is written,
 * after a quiet period); a failed save is retried with growing pauses and the unsaved value is
 * never dropped; {@link #flush()} saves what is pending before the window closes.
 *
 * <p>The listener is called on the saving thread (or the thread calling {@code flush}): a UI
 * must hand the status over to its own thread. No JavaFX here.
 */
public final class AutoSaver implements AutoCloseable {
    /** Where snapshots go; {@link PlannerStore#save} in the application. */
    @FunctionalInterface
    public interface Destination {
        void save(PlannerData data) throws StoreException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(AutoSaver.class);

    private final Destination destination;
    private final Consumer<SaveState> listener;
    private final Duration quietPeriod;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    /** Only one save runs at a time, whether on the saver thread or in flush(). */
    private final ReentrantLock saving = new ReentrantLock();

    private PlannerData pending;
    private PlannerData lastSaved;
    private ScheduledFuture<?> scheduled;
    private int failures;

    /** Quiet period 500 ms, retries after 1 s, 2 s, 4 s ... up to one minute. */
    public AutoSaver(Destination destination, Consumer<SaveState> listener) {
        this(destination, listener, Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMinutes(1),
                Clock.systemUTC());
    }

    public AutoSaver(Destination destination, Consumer<SaveState> listener, Duration quietPeriod, Duration firstRetry,
                     Duration maxRetry, Clock clock) {
        this.destination = Objects.requireNonNull(destination);
        this.listener = Objects.requireNonNull(listener);
        this.quietPeriod = quietPeriod;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.clock = clock;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "planner-autosave");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The window's data changed: save this value soon. Cheap; never blocks on the disk. A value
     * that is already in the file (an undo back to it, the data just loaded) is not written again
     * unless a save is under way, and is reported as saved at once.
     */
    public void submit(PlannerData snapshot) {
        Objects.requireNonNull(snapshot);
        boolean alreadySaved;
        synchronized (this) {
            // While a save runs, the file may be about to change: the value must then be written after it.
            alreadySaved = snapshot == lastSaved && !saving.isLocked();
            if (alreadySaved) {
                pending = null;
                failures = 0;
                cancelScheduled();
            } else {
                pending = snapshot;
                if (scheduled == null && failures == 0) {
                    scheduled = executor.schedule(this::saveInBackground, quietPeriod.toMillis(),
                            TimeUnit.MILLISECONDS);
                }
            }
        }
        if (alreadySaved) {
            listener.accept(SaveState.SAVED);
        }
    }

    /** The file holds this value (it was just loaded): submitting it again writes nothing. */
    public synchronized void markSaved(PlannerData inFile) {
        lastSaved = Objects.requireNonNull(inFile);
    }

    /** True while a submitted value has not been saved yet. */
    public synchronized boolean hasUnsavedChanges() {
        return pending != null;
    }

    /** The newest value not yet saved, e.g. to offer "save elsewhere" when saving keeps failing. */
    public synchronized Optional<PlannerData> unsaved() {
        return Optional.ofNullable(pending);
    }

    /**
     * Saves what is pending now, on the calling thread, waiting for a save in progress first.
     * For shutdown. Throws the save's error; the value then stays pending.
     */
    public void flush() throws StoreException {
        synchronized (this) {
            cancelScheduled();
        }
        StoreException error = saveOnce();
        if (error != null) {
            throw error;
        }
    }

    /** True while a save or a retry is scheduled on the saver thread (for tests). */
    synchronized boolean saveScheduled() {
        return scheduled != null;
    }

    /** Stops the saver thread. Call {@link #flush()} first: pending values are not saved here. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    private void saveInBackground() {
        synchronized (this) {
            scheduled = null;
        }
        saveOnce();
    }

    /** One attempt at saving the pending value; returns the error, or null when saved or nothing was pending. */
    private StoreException saveOnce() {
        saving.lock();
        try {
            PlannerData snapshot;
            synchronized (this) {
                snapshot = pending;
            }
            if (snapshot == null) {
                return null;
            }
            listener.accept(SaveState.SAVING);
            try {
                destination.save(snapshot);
            } catch (StoreException e) {
                failed(e);
                return e;
            } catch (RuntimeException e) {
                LOG.error("Saving failed unexpectedly", e);
                StoreException wrapped = new StoreException(StoreException.Kind.IO, null,
                        "Saving failed unexpectedly: " + e + ".", null, e);
                failed(wrapped);
                return wrapped;
            }
            saved(snapshot);
            return null;
        } finally {
            saving.unlock();
        }
    }

    private void saved(PlannerData snapshot) {
        boolean allSaved;
        synchronized (this) {
            lastSaved = snapshot;
            failures = 0;
            allSaved = pending == snapshot;
            if (allSaved) {
                pending = null;
            } else if (scheduled == null) {
                scheduled = executor.schedule(this::saveInBackground, quietPeriod.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        // A newer value is waiting: "Saved" would be untrue; its own save reports next.
        if (allSaved) {
            listener.accept(SaveState.SAVED);
        }
    }

    private void failed(StoreException e) {
        Optional<Instant> retryAt = Optional.empty();
        synchronized (this) {
            failures++;
            cancelScheduled();
            // A read-only store or a lock held elsewhere does not heal by waiting: wait for the next submit.
            if (e.kind() == StoreException.Kind.IO || e.kind() == StoreException.Kind.UNREADABLE) {
                Duration wait = backoff(failures);
                retryAt = Optional.of(clock.instant().plus(wait));
                scheduled = executor.schedule(this::saveInBackground, wait.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                failures = 0;
            }
        }
        LOG.warn("Saving failed: {}", e.getMessage(), e);
        // The store's message says what failed; what happens to the edits is the saver's to say.
        String when = retryAt.map(t -> " Your changes are kept in memory; trying again in "
                + Math.max(1, Duration.between(clock.instant(), t).toSeconds()) + " s.")
                .orElse(" Your changes are kept in memory.");
        listener.accept(SaveState.failed(e.getMessage() + when, retryAt.isPresent()));
    }

    private Duration backoff(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 20);
        Duration d = firstRetry.multipliedBy(factor);
        return d.compareTo(maxRetry) > 0 ? maxRetry : d;
    }

    private void cancelScheduled() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
    }
}
