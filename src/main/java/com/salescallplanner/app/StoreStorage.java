package com.salescallplanner.app;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.LoadResult;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.StoreException;
import com.salescallplanner.ui.port.PlannerStorage;
import com.salescallplanner.ui.port.RecoveryAction;
import com.salescallplanner.ui.port.StorageLockedException;
import com.salescallplanner.ui.port.StorageProblem;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The window's storage over the store: {@code planner.json} in the data folder, locked while the
 * window is open, with backups. Store errors become {@link StorageProblem}s offering what the
 * store allows: restoring the newest readable backup, opening read-only, quitting.
 */
final class StoreStorage implements PlannerStorage {
    private final Path folder;
    private final Clock clock;
    private PlannerStore store;

    StoreStorage(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    @Override
    public synchronized Opened open(Progress progress) {
        progress.update(0.1, "Opening " + folder);
        try {
            store = PlannerStore.openForWriting(folder, clock);
        } catch (StoreException e) {
            throw problem(e);
        }
        return load(store, progress);
    }

    private Opened load(PlannerStore s, Progress progress) {
        progress.update(0.3, "Reading " + PlannerStore.FILE_NAME);
        try {
            LoadResult r = s.load();
            progress.update(1, "Done");
            return new Opened(r.data(), r.readOnly() || !s.canWrite());
        } catch (StoreException e) {
            throw problem(e);
        }
    }

    private StorageProblem problem(StoreException e) {
        if (e.kind() == StoreException.Kind.LOCKED) {
            return new StorageLockedException(folder.toString());
        }
        List<RecoveryAction> actions = new ArrayList<>();
        if (e.kind() == StoreException.Kind.UNREADABLE && e.newestBackup().isPresent()) {
            actions.add(RecoveryAction.RESTORE_BACKUP);
        }
        actions.add(RecoveryAction.QUIT);
        return new StorageProblem(e.getMessage(), actions, e);
    }

    @Override
    public synchronized void save(PlannerData data) {
        if (store == null) {
            throw new StorageProblem("The data is open read-only: changes cannot be saved.", List.of());
        }
        try {
            store.save(data);
        } catch (StoreException e) {
            throw new StorageProblem(e.getMessage(), List.of(), e);
        }
    }

    @Override
    public synchronized Opened restoreNewestBackup(Progress progress) {
        progress.update(0.2, "Restoring the newest backup");
        try {
            if (store == null) {
                store = PlannerStore.openForWriting(folder, clock);
            }
            LoadResult r = store.restoreNewestBackup();
            progress.update(1, "Done");
            return new Opened(r.data(), r.readOnly() || !store.canWrite());
        } catch (StoreException e) {
            throw problem(e);
        }
    }

    /** Read-only, when another planner holds the lock: the file as it is, never written. */
    @Override
    public synchronized Opened openReadOnly(Progress progress) {
        if (store != null) {
            store.close();
            store = null;
        }
        PlannerStore reader = PlannerStore.openForReading(folder);
        try {
            return new Opened(reader.load().data(), true);
        } catch (StoreException e) {
            throw new StorageProblem(e.getMessage(), List.of(RecoveryAction.QUIT), e);
        }
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    @Override
    public String location() {
        return folder.resolve(PlannerStore.FILE_NAME).toString();
    }
}
