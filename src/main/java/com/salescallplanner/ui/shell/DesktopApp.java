package com.salescallplanner.ui.shell;

import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts the JavaFX runtime and shows the main window. The app does not extend Application (so
 * JavaFX can come from the class path); {@code app} passes in everything the window needs.
 */
public final class DesktopApp {
    public static final String TITLE = MainWindow.TITLE;

    private DesktopApp() {
    }

    public static void start(DesktopServices services) {
        start(() -> services);
    }

    /**
     * Starts JavaFX first and makes the services on its thread: making them creates the first
     * loggers, which wait for Logback to be configured; by then it has been, on another thread,
     * while JavaFX started (docs/performance.md).
     */
    public static void start(Supplier<DesktopServices> services) {
        start(services, null);
    }

    /**
     * As {@link #start(Supplier)}; {@code reopened} makes the services for the store Settings > Team
     * remembers, so the rep can switch between the data folder and a team database without
     * restarting (null: the switch takes effect at the next start).
     */
    public static void start(Supplier<DesktopServices> services, Supplier<DesktopServices> reopened) {
        start(services, reopened, () -> { });
    }

    /**
     * As {@link #start(Supplier, Supplier)}; {@code afterFirstData} runs once the first window has
     * laid out its data: work the rep does not need at once (loading the objective reader's model)
     * waits for it, rather than take a core from the window's start (docs/performance.md).
     */
    public static void start(Supplier<DesktopServices> services, Supplier<DesktopServices> reopened,
                             Runnable afterFirstData) {
        Platform.setImplicitExit(true);
        StartupTiming.mark("javafxStarting");
        Platform.startup(() -> {
            StartupTiming.mark("javafxStarted");
            Stage stage = new Stage();
            MainWindow window = build(stage, services, reopened);
            StartupTiming.mark("built");
            // For the performance suite: watched before the window shows, or its first frame goes unseen.
            StartupTiming.watch(stage, window.viewModel().file());
            window.afterFirstData(afterFirstData);
            window.show();
        });
    }

    /** Shows a main window on {@code stage}; when the rep switches stores it closes and a new one opens. */
    public static MainWindow open(Stage stage, Supplier<DesktopServices> services, Supplier<DesktopServices> reopened) {
        MainWindow window = build(stage, services, reopened);
        window.show();
        return window;
    }

    private static MainWindow build(Stage stage, Supplier<DesktopServices> services, Supplier<DesktopServices> reopened) {
        MainWindow window = new MainWindow(stage, services.get());
        if (reopened != null) {
            window.setReopen(() -> open(new Stage(), reopened, reopened));
        }
        return window;
    }
}
