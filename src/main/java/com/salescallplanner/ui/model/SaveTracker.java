package com.salescallplanner.ui.model;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.port.PlannerStorage;
import com.salescallplanner.store.SaveState;
import com.salescallplanner.store.SaveState.Kind;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Hands every edit of the workspace to the storage, which saves it in the background (coalescing
 * bursts, retrying failures: see {@link PlannerStorage#saveSoon}), and shows how saving goes in
 * the status bar. Nothing is handed over while the data is read-only. The storage reports on any
 * thread; the status is published on the JavaFX thread through {@code fxThread}.
 */
public final class SaveTracker {
    private final Workspace workspace;
    private final PlannerStorage storage;
    private final ReadOnlyObjectWrapper<Kind> status = new ReadOnlyObjectWrapper<>(Kind.SAVED);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");

    public SaveTracker(Workspace workspace, PlannerStorage storage, Executor fxThread) {
        this.workspace = workspace;
        this.storage = storage;
        storage.setSaveListener(s -> fxThread.execute(() -> show(s)));
        workspace.dataProperty().addListener((obs, old, now) -> changed(now));
        workspace.readOnlyProperty().addListener((obs, old, ro) -> {
            status.set(ro ? Kind.READ_ONLY : Kind.SAVED);
            detail.set("");
        });
    }

    public ReadOnlyObjectProperty<Kind> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What went wrong with the last save, for the status bar's tooltip; empty otherwise. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    private void changed(PlannerData data) {
        if (workspace.readOnlyProperty().get()) {
            return;
        }
        // Before handing over: a storage that answers at once must have the last word.
        status.set(Kind.SAVING);
        storage.saveSoon(data);
    }

    private void show(SaveState s) {
        if (workspace.readOnlyProperty().get()) {
            return;
        }
        status.set(s.kind());
        detail.set(s.detail());
    }

    /**
     * The last save, for closing: taken on the JavaFX thread (whether the data is read-only is
     * read here), then run on any thread, where it writes what is not saved yet and waits for it.
     * It gives empty when all is saved (or nothing may be, read-only), else why not.
     */
    public Supplier<Optional<String>> lastSave() {
        return workspace.readOnlyProperty().get() ? Optional::empty : storage::flush;
    }
}
