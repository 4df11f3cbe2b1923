package com.salescallplanner.ui.shell;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.DialogService;
import com.salescallplanner.ui.port.PlannerStorage;
import com.salescallplanner.ui.port.PlannerStorage.Opened;
import com.salescallplanner.ui.port.RecoveryAction;
import com.salescallplanner.ui.port.StorageLockedException;
import com.salescallplanner.ui.port.StorageProblem;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.concurrent.Task;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the data off the JavaFX thread with progress, and walks the rep through the ways out
 * when it cannot be read: restore the newest backup, open read-only, keep the file aside and start
 * a new planner (when there is no backup), or quit.
 */
final class DataOpener {
    private static final Logger LOG = LoggerFactory.getLogger(DataOpener.class);

    private final PlannerStorage storage;
    private final DialogService dialogs;
    private final StatusBar status;
    private final Consumer<Opened> onOpened;
    private final Consumer<PlannerData> onProspectsFirst;
    private final Function<PlannerData, Runnable> madeAhead;
    private final Runnable onQuit;
    private EarlyOpen early;
    private boolean openCalled;

    /**
     * @param onProspectsFirst receives, on the JavaFX thread, the prospects of a large file read before
     *                         its calls ({@link PlannerStorage.Progress#prospectsRead}), and null if the
     *                         opening then fails
     * @param madeAhead        runs on the reading thread with the data read, and gives what the JavaFX thread
     *                         runs just before {@code onOpened} (the window's pages' work made there)
     */
    DataOpener(PlannerStorage storage, DialogService dialogs, StatusBar status, Consumer<Opened> onOpened,
               Consumer<PlannerData> onProspectsFirst, Function<PlannerData, Runnable> madeAhead, Runnable onQuit,
               EarlyOpen early) {
        this.early = early;
        this.madeAhead = madeAhead;
        this.onProspectsFirst = onProspectsFirst;
        this.storage = storage;
        this.dialogs = dialogs;
        this.status = status;
        this.onOpened = onOpened;
        this.onQuit = onQuit;
    }

    /** True when the data can be opened as soon as a page shows: read since the window was built, or its prospects come first. */
    boolean opensAtFirstFrame() {
        return early.opensAtFirstFrame();
    }

    /**
     * Hands the window the data read while it was built, on this (the JavaFX) thread, when it is
     * in within {@code millis}, after running {@code first} (the window makes its page): then the
     * first frame shows the data. False when it is not: the window opens it as usual, after the
     * first frame ({@link #open}).
     */
    boolean openReadEarly(long millis, Runnable first) {
        Opened o = openCalled ? null : early.readWithin(millis);
        if (o == null) {
            return false;
        }
        first.run();
        openCalled = true;
        early = EarlyOpen.NONE;
        StartupTiming.mark("handedOver");
        onOpened.accept(o);
        return true;
    }

    /** Opens the data, or takes what the early opening read; only the first call does anything. */
    void open() {
        if (openCalled) {
            return;
        }
        openCalled = true;
        if (!early.readEarly()) {
            StartupTiming.mark("reading");
        }
        Function<PlannerStorage.Progress, Opened> step = early.step(storage);
        early = EarlyOpen.NONE; // its result is taken once
        run("Opening your data", step);
    }

    /** {@code opened}, its data's look-ups made on this (a reading) thread rather than on the JavaFX thread's first use. */
    static Opened lookupsMade(Opened opened) {
        opened.data().withLookupsMade();
        return opened;
    }

    private void run(String what, Function<PlannerStorage.Progress, Opened> step) {
        Task<Read> task = new Task<>() {
            @Override
            protected Read call() {
                updateMessage(what + "...");
                Opened opened = lookupsMade(step.apply(new PlannerStorage.Progress() {
                    @Override
                    public void update(double fraction, String message) {
                        updateProgress(fraction, 1);
                        updateMessage(message);
                    }

                    @Override
                    public void prospectsRead(PlannerData prospectsOnly) {
                        ListFirst.show(prospectsOnly, onProspectsFirst, status::getScene);
                    }
                }));
                return new Read(opened, madeAhead.apply(opened.data()));
            }
        };
        status.progress.progressProperty().bind(task.progressProperty());
        status.progressText.textProperty().bind(task.messageProperty());
        status.progress.setVisible(true);
        task.setOnSucceeded(e -> {
            StartupTiming.mark("handedOver");
            done();
            task.getValue().ahead().run();
            onOpened.accept(task.getValue().opened());
        });
        task.setOnFailed(e -> {
            done();
            onProspectsFirst.accept(null);
            failed(task.getException());
        });
        Thread t = new Thread(task, "open-data");
        t.setDaemon(true);
        t.start();
    }

    /** The data read, and what was made ahead for the pages ({@code madeAhead}). */
    private record Read(Opened opened, Runnable ahead) {
    }

    private void done() {
        status.progress.progressProperty().unbind();
        status.progressText.textProperty().unbind();
        status.progress.setVisible(false);
    }

    private void failed(Throwable e) {
        StorageProblem problem;
        if (e instanceof StorageProblem p) {
            problem = p;
        } else {
            LOG.error("Opening the data failed", e);
            problem = new StorageProblem("The data could not be opened: " + e.getMessage(),
                    List.of(RecoveryAction.RESTORE_BACKUP, RecoveryAction.OPEN_READ_ONLY, RecoveryAction.QUIT));
        }
        LOG.warn("Opening the data failed: {}", problem.getMessage());
        String title = problem instanceof StorageLockedException ? "Already open" : "Cannot open your data";
        RecoveryAction choice = dialogs.chooseRecovery(title, problem.getMessage(), problem.actions());
        switch (choice) {
            case RESTORE_BACKUP -> run("Restoring the newest backup", storage::restoreNewestBackup);
            case START_AFRESH -> run("Starting a new planner", storage::startAfresh);
            case OPEN_READ_ONLY -> run("Opening read-only", storage::openReadOnly);
            default -> onQuit.run();
        }
    }
}
