package com.salescallplanner.ui.model;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.port.PlannerStorage;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the workspace shortly after each edit, on a background thread, so the rep never saves
 * by hand. A burst of edits is written once; a failed write is retried until it succeeds or the
 * window closes. The status is published on the JavaFX thread through {@code fxThread}.
 */
public final class Autosaver {
    private static final Logger LOG = LoggerFactory.getLogger(Autosaver.class);

    private final Workspace workspace;
    private final PlannerStorage storage;
    private final ScheduledExecutorService io;
    private final Executor fxThread;
    private final Duration debounce;
    private final Duration retryAfter;
    private final ReadOnlyObjectWrapper<SaveStatus> status = new ReadOnlyObjectWrapper<>(SaveStatus.SAVED);
    private volatile PlannerData latest;
    private volatile PlannerData lastSaved;
    private ScheduledFuture<?> pending;

    public Autosaver(Workspace workspace, PlannerStorage storage, ScheduledExecutorService io, Executor fxThread,
                     Duration debounce, Duration retryAfter) {
        this.workspace = workspace;
        this.storage = storage;
        this.io = io;
        this.fxThread = fxThread;
        this.debounce = debounce;
        this.retryAfter = retryAfter;
        this.latest = workspace.data();
        this.lastSaved = workspace.data();
        workspace.dataProperty().addListener((obs, old, now) -> changed(now));
        workspace.readOnlyProperty().addListener((obs, old, ro) -> status.set(ro ? SaveStatus.READ_ONLY
                : SaveStatus.SAVED));
    }

    public ReadOnlyObjectProperty<SaveStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The data now in the file is this one (after loading): nothing to save until the next edit. */
    public void markSaved(PlannerData data) {
        latest = data;
        lastSaved = data;
        if (!workspace.readOnlyProperty().get()) {
            status.set(SaveStatus.SAVED);
        }
    }

    private void changed(PlannerData data) {
        latest = data;
        if (workspace.readOnlyProperty().get()) {
            return;
        }
        if (data == lastSaved) {
            // e.g. undo back to what is in the file: nothing left to write
            status.set(SaveStatus.SAVED);
            return;
        }
        status.set(SaveStatus.SAVING);
        schedule(debounce);
    }

    private synchronized void schedule(Duration delay) {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = io.schedule(this::saveLatest, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void saveLatest() {
        PlannerData data = latest;
        if (data == lastSaved) {
            fxThread.execute(() -> {
                if (latest == data) {
                    status.set(SaveStatus.SAVED);
                }
            });
            return;
        }
        try {
            storage.save(data);
            lastSaved = data;
            fxThread.execute(() -> {
                if (latest == data) {
                    status.set(SaveStatus.SAVED);
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Autosave failed; retrying in {}", retryAfter, e);
            fxThread.execute(() -> status.set(SaveStatus.FAILED_RETRYING));
            schedule(retryAfter);
        }
    }

    /**
     * Writes any unsaved edit now and waits for it (at most {@code timeout}); used when the window
     * closes. Returns whether everything is saved.
     */
    public boolean flush(Duration timeout) {
        if (workspace.readOnlyProperty().get()) {
            return true;
        }
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
            }
        }
        try {
            io.submit(this::saveLatest).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Saving on close did not finish", e);
        }
        return latest == lastSaved;
    }
}
