package com.salescallplanner.ui.port;

import com.salescallplanner.domain.PlannerData;

/**
 * The window's view of persistence: open the data file (with progress), save it, and the ways
 * out when it cannot be read. Implemented over the store in {@code app}; an in-memory fake
 * serves the tests. Every method may block: the window calls them off the JavaFX thread.
 */
public interface PlannerStorage {

    /**
     * Takes the lock on the data folder and reads the data.
     *
     * @throws StorageLockedException when another planner has the folder open
     * @throws StorageProblem         when the file cannot be read; its actions say what the rep can do
     */
    Opened open(Progress progress);

    /** Writes the data (atomically, keeping backups as the store does). */
    void save(PlannerData data);

    /** Replaces the unreadable file by its newest backup and opens that. */
    Opened restoreNewestBackup(Progress progress);

    /** Opens whatever can be read without taking the lock for writing; saving is then refused. */
    Opened openReadOnly(Progress progress);

    /** Releases the lock; called once when the window closes. */
    void close();

    /** Where the data lives, for messages ("planner.json in /home/ana/..."). */
    String location();

    /** What was opened: the data, and whether it may be saved. */
    record Opened(PlannerData data, boolean readOnly) {
    }

    /** Reports how far a slow operation got, as a fraction from 0 to 1 and a short sentence. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (fraction, message) -> { };

        void update(double fraction, String message);
    }
}
