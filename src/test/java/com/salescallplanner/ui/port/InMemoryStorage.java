package com.salescallplanner.ui.port;

import com.salescallplanner.store.SaveState;
import com.salescallplanner.domain.PlannerData;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Keeps the data in memory: the tests' storage, and a way to try the window without a file.
 * It saves at once, on the caller's thread; a failed save is kept and tried again on the next
 * {@link #saveSoon} or {@link #flush}, so the window's states can be seen without timing. A
 * problem to raise on open, and a number of saves to fail, exercise the window's error paths; an
 * open held until released shows the window while it loads.
 * (Coalescing and timed retries are the real storage's, over the store's autosaver.)
 */
public final class InMemoryStorage implements PlannerStorage {
    /** Why a save fails when saves are set to fail. */
    public static final String FAILURE = "The disk is full.";
    private volatile PlannerData data;
    private volatile StorageProblem openProblem;
    private final AtomicInteger failingSaves = new AtomicInteger();
    private final AtomicInteger saves = new AtomicInteger();
    private volatile Consumer<SaveState> listener = s -> { };
    private PlannerData pending;
    private volatile boolean closed;
    private volatile CountDownLatch openGate;
    private volatile String readOnlyReason = "";
    private volatile String notice = "";
    private volatile boolean quick;
    private volatile PlannerData prospectsFirst;
    private volatile CountDownLatch prospectsGate;
    private volatile boolean saysProspectsFirst;
    private final AtomicInteger opens = new AtomicInteger();

    public InMemoryStorage(PlannerData initial) {
        this.data = initial;
    }

    public InMemoryStorage failOpenWith(StorageProblem problem) {
        this.openProblem = problem;
        return this;
    }

    /** Makes {@link #open} wait until {@code release} is counted down: the window's "loading" state. */
    public InMemoryStorage holdOpenUntil(CountDownLatch release) {
        this.openGate = release;
        return this;
    }

    /**
     * Makes {@link #open} hand these prospects over before the data, as the real storage does with
     * a large file whose calls are still being read ({@link Progress#prospectsRead}).
     */
    public InMemoryStorage handProspectsFirst(PlannerData prospectsOnly) {
        this.prospectsFirst = prospectsOnly;
        return this;
    }

    /** Makes {@link #open} hand the prospects of {@link #handProspectsFirst} over only once {@code release} is counted down. */
    public InMemoryStorage holdProspectsUntil(CountDownLatch release) {
        this.prospectsGate = release;
        return this;
    }

    /** Says it reads the prospects first, as the real storage does for a large file: the window opens it while it is built. */
    public InMemoryStorage readsProspectsFirst(boolean says) {
        this.saysProspectsFirst = says;
        return this;
    }

    @Override
    public boolean readsProspectsFirst() {
        return saysProspectsFirst;
    }

    /** Says opening is quick, as the real storage does for a small file: the window opens it while it is built. */
    public InMemoryStorage quickToOpen(boolean isQuick) {
        this.quick = isQuick;
        return this;
    }

    @Override
    public boolean quickToOpen() {
        return quick;
    }

    /** How many times {@link #open} was called (counted as it starts). */
    public int openCount() {
        return opens.get();
    }

    /** Opens the data read-only for this reason, as the real storage does with a file from a newer version. */
    public InMemoryStorage openReadOnlyBecause(String reason) {
        this.readOnlyReason = reason;
        return this;
    }

    /** Opens with this notice, as the real storage does for a converted file. */
    public InMemoryStorage openWithNotice(String notice) {
        this.notice = notice;
        return this;
    }

    public InMemoryStorage failNextSaves(int count) {
        failingSaves.set(count);
        return this;
    }

    @Override
    public Opened open(Progress progress) {
        opens.incrementAndGet();
        progress.update(0.5, "Reading the data");
        if (prospectsFirst != null) {
            await(prospectsGate);
            progress.prospectsRead(prospectsFirst);
        }
        await(openGate);
        StorageProblem p = openProblem;
        if (p != null) {
            throw p;
        }
        progress.update(1, "Done");
        return new Opened(data, readOnlyReason, notice);
    }

    private static void await(CountDownLatch gate) {
        if (gate != null) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized void saveSoon(PlannerData newData) {
        pending = newData == data ? null : newData;
        saveNow();
    }

    @Override
    public synchronized Optional<String> flush() {
        saveNow();
        return pending == null ? Optional.empty() : Optional.of(FAILURE);
    }

    private void saveNow() {
        if (pending == null) {
            listener.accept(SaveState.SAVED);
            return;
        }
        listener.accept(SaveState.SAVING);
        if (failingSaves.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            listener.accept(new SaveState(SaveState.Kind.FAILED_RETRYING, FAILURE));
            return;
        }
        data = pending;
        pending = null;
        saves.incrementAndGet();
        listener.accept(SaveState.SAVED);
    }

    @Override
    public void setSaveListener(Consumer<SaveState> l) {
        listener = l == null ? s -> { } : l;
    }

    @Override
    public Opened restoreNewestBackup(Progress progress) {
        openProblem = null;
        return Opened.writable(data);
    }

    @Override
    public Opened openReadOnly(Progress progress) {
        return new Opened(data, "Another window has this data open.", "");
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String location() {
        return "memory";
    }

    /** The data as last saved. */
    public PlannerData data() {
        return data;
    }

    public int saveCount() {
        return saves.get();
    }

    public boolean isClosed() {
        return closed;
    }
}
