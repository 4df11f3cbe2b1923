package com.salescallplanner.ui.shell;

import com.salescallplanner.ui.DialogService;
import com.salescallplanner.ui.model.SaveTracker;
import com.salescallplanner.ui.port.PlannerStorage;
import com.salescallplanner.ui.port.RecoveryAction;
import com.salescallplanner.ui.port.SettingsStore;
import com.salescallplanner.ui.port.WindowSettings;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes the window with no file work on the JavaFX thread: the last save, the window's settings
 * and releasing the data folder run on the window's I/O thread, and the window goes when they are
 * done. When the last changes cannot be saved, the rep chooses: try again, keep the window open
 * (the planner goes on trying to save), or close without them; nothing is dropped unasked.
 */
final class WindowCloser {
    static final String SAVE_FAILED_TITLE = "Your latest changes are not saved";
    private static final Logger LOG = LoggerFactory.getLogger(WindowCloser.class);

    private final Executor io;
    private final Executor fx;
    private final SaveTracker saves;
    private final PlannerStorage storage;
    private final SettingsStore settings;
    private final DialogService dialogs;
    private boolean closing;

    WindowCloser(Executor io, Executor fx, SaveTracker saves, PlannerStorage storage, SettingsStore settings,
                 DialogService dialogs) {
        this.io = io;
        this.fx = fx;
        this.saves = saves;
        this.storage = storage;
        this.settings = settings;
        this.dialogs = dialogs;
    }

    /** True from the moment closing starts until the rep chooses to keep the window open. */
    boolean isClosing() {
        return closing;
    }

    /**
     * Saves, then remembers the window and releases the data, then runs {@code closed} on the
     * JavaFX thread; or, when the rep keeps the window after a failed save, runs {@code stayed}.
     */
    void close(WindowSettings window, Runnable closed, Runnable stayed) {
        if (closing) {
            return;
        }
        closing = true;
        Supplier<Optional<String>> lastSave = saves.lastSave();
        io.execute(() -> {
            Optional<String> problem = lastSave.get();
            fx.execute(() -> {
                if (problem.isEmpty()) {
                    release(window, closed);
                } else {
                    ask(problem.get(), window, closed, stayed);
                }
            });
        });
    }

    /** Releases the data without saving (it could not be opened, or the rep quits before it was). */
    void quit(Runnable closed) {
        closing = true;
        io.execute(() -> {
            storage.close();
            fx.execute(closed);
        });
    }

    private void release(WindowSettings window, Runnable closed) {
        io.execute(() -> {
            settings.save(window);
            storage.close();
            fx.execute(closed);
        });
    }

    private void ask(String problem, WindowSettings window, Runnable closed, Runnable stayed) {
        LOG.warn("The last changes could not be saved before closing: {}", problem);
        String message = problem + "\n\nKeep the window open and the planner goes on trying to save them; close"
                + " without saving and they are lost.";
        RecoveryAction choice = dialogs.chooseRecovery(SAVE_FAILED_TITLE, message,
                List.of(RecoveryAction.TRY_AGAIN, RecoveryAction.CLOSE_WITHOUT_SAVING, RecoveryAction.KEEP_OPEN));
        closing = false;
        switch (choice) {
            case TRY_AGAIN -> close(window, closed, stayed);
            case CLOSE_WITHOUT_SAVING -> {
                LOG.warn("Closed without saving the latest changes, as the rep chose");
                closing = true;
                release(window, closed);
            }
            default -> stayed.run();
        }
    }
}
