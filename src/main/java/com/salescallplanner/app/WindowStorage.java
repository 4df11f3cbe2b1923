package com.salescallplanner.app;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.AutoSaver;
import com.salescallplanner.store.LoadResult;
import com.salescallplanner.store.DataFolderSize;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.ProspectsFirst;
import com.salescallplanner.store.StoreException;
import com.salescallplanner.ui.port.RecoveryAction;
import com.salescallplanner.ui.port.StorageLockedException;
import com.salescallplanner.ui.port.StorageProblem;
import com.salescallplanner.ui.shell.StartupTiming;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The window's storage over the store: {@code planner.json} in the data folder, locked while the
 * window is open, with backups, saved in the background by the store's {@link AutoSaver}. Store
 * errors become {@link StorageProblem}s offering what the store allows: restoring the newest
 * readable backup, opening read-only, quitting.
 */
final class WindowStorage extends AutoSavingStorage {
    private final Path folder;
    private final Clock clock;
    private PlannerStore store;

    WindowStorage(Path folder, Clock clock) {
        super("Saving before closing failed");
        this.folder = folder;
        this.clock = clock;
    }

    /**
     * Data up to this size is read while the window is built: in a fresh JVM it takes well under
     * a second, most of it loading the reader's classes on the second core.
     */
    static final long QUICK_TO_OPEN_BYTES = 4L * 1024 * 1024;

    @Override
    public boolean quickToOpen() {
        return DataFolderSize.bytesToRead(folder) <= QUICK_TO_OPEN_BYTES;
    }

    @Override
    public boolean readsProspectsFirst() {
        return ProspectsFirst.expected(folder);
    }

    @Override
    public synchronized Opened open(Progress progress) {
        progress.update(0.1, "Opening " + folder);
        try {
            store = PlannerStore.openForWriting(folder, clock);
        } catch (StoreException e) {
            throw problem(e);
        }
        StartupTiming.mark("locked");
        return load(store, progress);
    }

    private Opened load(PlannerStore s, Progress progress) {
        progress.update(0.3, "Reading " + PlannerStore.FILE_NAME);
        try {
            LoadResult r = s.load(prospects -> {
                StartupTiming.mark("prospectsRead");
                progress.update(0.4, "Reading the calls of " + String.format("%,d", prospects.prospects().size())
                        + " prospects");
                progress.prospectsRead(prospects);
            });
            StartupTiming.mark("read");
            progress.update(1, "Done");
            return opened(r, s);
        } catch (StoreException e) {
            throw problem(e);
        }
    }

    private Opened opened(LoadResult r, PlannerStore s) {
        markSaved(r.data());
        String reason = r.readOnlyReason().orElse(s.canWrite() ? "" : "The data file is open for reading only.");
        return new Opened(r.data(), reason, r.notice().orElse(""));
    }

    private StorageProblem problem(StoreException e) {
        if (e.kind() == StoreException.Kind.LOCKED) {
            return new StorageLockedException(folder.toString());
        }
        List<RecoveryAction> actions = new ArrayList<>();
        boolean recoverable = e.kind() == StoreException.Kind.UNREADABLE || e.kind() == StoreException.Kind.MISSING;
        if (recoverable && e.newestBackup().isPresent()) {
            actions.add(RecoveryAction.RESTORE_BACKUP);
        }
        String message = e.getMessage();
        if (e.kind() == StoreException.Kind.UNREADABLE && store != null && store.file().equals(e.file())
                && store.backups().isEmpty() && !Files.isSymbolicLink(store.file())) {
            actions.add(RecoveryAction.START_AFRESH); // else the rep is stranded until the file is mended by hand
            message += " To go on working, keep the file aside (renamed, in the same folder, nothing in it changed) "
                    + "and start a new, empty planner.";
        }
        actions.add(RecoveryAction.QUIT);
        return new StorageProblem(message, actions, e);
    }

    @Override
    public synchronized Opened startAfresh(Progress progress) {
        progress.update(0.2, "Keeping " + PlannerStore.FILE_NAME + " aside");
        try {
            LoadResult r = store.startAfresh();
            progress.update(1, "Done");
            return opened(r, store);
        } catch (StoreException e) {
            throw problem(e);
        }
    }

    /** The saver's target, on its thread: the store as it is now; a reading store refuses (read-only). */
    @Override
    synchronized void write(PlannerData data) throws StoreException {
        (store == null ? PlannerStore.openForReading(folder) : store).saveEdits(data);
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
            return opened(r, store);
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
            LoadResult r = reader.load();
            return new Opened(r.data(), r.readOnlyReason().orElse("Another Sales Call Planner has " + folder
                    + " open. This window only shows the data: close the other one and start again to make changes."),
                    r.notice().orElse(""));
        } catch (StoreException e) {
            throw new StorageProblem(e.getMessage(), List.of(RecoveryAction.QUIT), e);
        }
    }

    /** Stops the saver (call {@link #flush()} first) and releases the lock. */
    @Override
    public synchronized void close() {
        stopSaving();
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
