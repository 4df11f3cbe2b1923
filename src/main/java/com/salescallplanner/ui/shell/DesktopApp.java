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
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, services.get());
            StartupTiming.watch(stage, window.viewModel().file().loadingProperty()); // for the performance suite
            window.show();
        });
    }
}
