package com.salescallplanner.ui;

import java.nio.file.Path;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Starts the JavaFX runtime and shows the main window. */
public final class DesktopApp {
    public static final String TITLE = "Sales Call Planner";

    private DesktopApp() {
    }

    public static void start(Path dataFolder) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle(TITLE);
            stage.setScene(new Scene(new StackPane(new Label("Data folder: " + dataFolder)), 1100, 720));
            stage.show();
        });
    }
}
