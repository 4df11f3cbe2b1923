package com.salescallplanner.ui;

import com.salescallplanner.ui.shell.MainWindow;

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
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, services);
            StartupTiming.watch(stage, window.viewModel().loadingProperty()); // for the performance suite
            window.show();
        });
    }
}
