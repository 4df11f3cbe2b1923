package com.salescallplanner.ui.port;

import com.salescallplanner.domain.PlannerData;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps the data in memory: the tests' storage, and a way to try the window without a file.
 * A problem to raise on open, and a number of saves to fail, can be set to exercise the
 * window's error paths.
 */
public final class InMemoryStorage implements PlannerStorage {
    private volatile PlannerData data;
    private volatile StorageProblem openProblem;
    private final AtomicInteger failingSaves = new AtomicInteger();
    private final List<PlannerData> saves = new ArrayList<>();
    private volatile boolean closed;

    public InMemoryStorage(PlannerData initial) {
        this.data = initial;
    }

    public InMemoryStorage failOpenWith(StorageProblem problem) {
        this.openProblem = problem;
        return this;
    }

    public InMemoryStorage failNextSaves(int count) {
        failingSaves.set(count);
        return this;
    }

    @Override
    public Opened open(Progress progress) {
        progress.update(0.5, "Reading the data");
        StorageProblem p = openProblem;
        if (p != null) {
            throw p;
        }
        progress.update(1, "Done");
        return new Opened(data, false);
    }

    @Override
    public void save(PlannerData newData) {
        if (failingSaves.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new StorageProblem("The disk is full.", List.of());
        }
        synchronized (saves) {
            saves.add(newData);
        }
        data = newData;
    }

    @Override
    public Opened restoreNewestBackup(Progress progress) {
        openProblem = null;
        return new Opened(data, false);
    }

    @Override
    public Opened openReadOnly(Progress progress) {
        return new Opened(data, true);
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
        synchronized (saves) {
            return saves.size();
        }
    }

    public boolean isClosed() {
        return closed;
    }
}
