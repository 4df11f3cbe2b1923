package com.salescallplanner.store;

import com.salescallplanner.store.edits.PlannerDiff.Change;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the journal is folded into {@code planner.json}, and the thread that does it in the
 * background. Folding writes the whole file (about a second for 10,000 prospects and 100,000
 * calls), so it waits until the journal is worth it: many edits make loading slower (each is
 * read and applied), large ones make the journal big.
 */
final class JournalFolds {
    /** Edits in the journal that make a fold worth its cost. */
    static final int FOLD_EDITS = 500;
    /** Bytes of edits in the journal that make a fold worth its cost. */
    static final long FOLD_BYTES = 4L << 20;

    interface Fold {
        void run() throws StoreException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(JournalFolds.class);

    private final Fold fold;
    private final AtomicBoolean queued = new AtomicBoolean();
    private ExecutorService thread;

    JournalFolds(Fold fold) {
        this.fold = fold;
    }

    static boolean worthFolding(int edits, long bytes) {
        return edits >= FOLD_EDITS || bytes >= FOLD_BYTES;
    }

    /** An edit this large (an import, a new stage model checked against every record) is cheaper written whole. */
    static boolean tooLargeToJournal(List<Change> changes, long fileSize) {
        long bytes = 0;
        for (Change c : changes) {
            bytes += c.body() == null ? 64 : c.body().length();
        }
        return changes.size() > FOLD_EDITS || bytes > Math.max(FOLD_BYTES, fileSize / 4);
    }

    /** Folds on the background thread, unless a fold is already waiting there. */
    synchronized void soon() {
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "planner-journal-fold");
                t.setDaemon(true);
                return t;
            });
        }
        if (queued.compareAndSet(false, true)) {
            thread.execute(() -> {
                queued.set(false);
                try {
                    fold.run();
                } catch (StoreException | RuntimeException e) {
                    LOG.warn("Folding the journal failed; its edits stay in it and are folded later: {}", e.getMessage(), e);
                }
            });
        }
    }

    /** Lets a fold under way finish and starts no other. */
    void stop() {
        ExecutorService t;
        synchronized (this) {
            t = thread;
            thread = null;
        }
        if (t == null) {
            return;
        }
        t.shutdown();
        try {
            t.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
