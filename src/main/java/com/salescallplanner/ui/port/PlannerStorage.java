package com.salescallplanner.ui.port;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.SaveState;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The window's view of persistence: open the data file (with progress), save it in the
 * background as the rep edits, and the ways out when it cannot be read. Implemented over the
 * store in {@code app} (where the autosaving lives); an in-memory fake serves the tests.
 * Opening and restoring may block: the window calls them off the JavaFX thread.
 */
public interface PlannerStorage {

    /**
     * Takes the lock on the data folder and reads the data; the data read counts as saved.
     *
     * @throws StorageLockedException when another planner has the folder open
     * @throws StorageProblem         when the file cannot be read; its actions say what the rep can do
     */
    Opened open(Progress progress);

    /**
     * Saves the data soon, on a background thread, and returns at once. A burst of calls writes
     * only the newest data; a failed write is retried and the data is never dropped; data already
     * in the file (just opened, or an undo back to it) is not written again. How it goes is
     * reported to the {@link #setSaveListener listener}.
     */
    void saveSoon(PlannerData data);

    /**
     * Writes what is not saved yet, now, waiting for it; for closing. Empty when everything is
     * saved, else why not, in a sentence for the rep.
     */
    Optional<String> flush();

    /** Receives the save states, on any thread. */
    void setSaveListener(Consumer<SaveState> listener);

    /**
     * True when {@link #open} is quick (little data, nothing to wait for), so the window may start
     * it while it is being built instead of after its first frame.
     */
    default boolean quickToOpen() {
        return false;
    }

    /**
     * True when {@link #open} will hand the prospects over before the rest ({@link
     * Progress#prospectsRead}): they are quick to read and the rest waits until the list shows
     * them, so the window may start opening right at its first frame.
     */
    default boolean readsProspectsFirst() {
        return false;
    }

    /** Replaces the unreadable file by its newest backup and opens that. */
    Opened restoreNewestBackup(Progress progress);

    /**
     * Keeps the unreadable file aside, renamed, and opens a new, empty planner whose notice says
     * where it is; only when a problem offered {@link RecoveryAction#START_AFRESH}.
     */
    default Opened startAfresh(Progress progress) {
        throw new StorageProblem("Starting a new planner is not offered for " + location() + ".",
                List.of(RecoveryAction.QUIT));
    }

    /** Opens whatever can be read without taking the lock for writing; saving is then refused. */
    Opened openReadOnly(Progress progress);

    /** Releases the lock; called once when the window closes. */
    void close();

    /** Where the data lives, for messages ("planner.json in /home/ana/..."). */
    String location();

    /**
     * What was opened: the data; why it may not be saved (empty when it may); and something the
     * rep should know about the file, e.g. that it was converted from an older format (or empty).
     */
    record Opened(PlannerData data, String readOnlyReason, String notice) {
        public Opened {
            readOnlyReason = readOnlyReason == null ? "" : readOnlyReason;
            notice = notice == null ? "" : notice;
        }

        public static Opened writable(PlannerData data) {
            return new Opened(data, "", "");
        }

        public boolean readOnly() {
            return !readOnlyReason.isEmpty();
        }
    }

    /** Reports how far a slow operation got, as a fraction from 0 to 1 and a short sentence. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (fraction, message) -> { };

        void update(double fraction, String message);

        /**
         * The stages and prospects of a large file, read before its calls: enough to show the
         * prospect list, never to edit (the calls are missing). Called at most once, before
         * {@link #open} returns, and only when the store can; the data {@code open} returns is
         * what counts.
         */
        default void prospectsRead(PlannerData prospectsOnly) {
        }
    }
}
