package com.salescallplanner.bench;

import java.lang.management.ManagementFactory;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The floor of start-up: the smallest JavaFX program that shows one window (the main window's
 * default size) with an empty table. It starts JavaFX as the app does ({@code Platform.startup},
 * JavaFX from the class path) and prints the same moment the app's {@code ui.shell.StartupTiming}
 * logs: the end of the first layout after the window is shown, in ms since the JVM started.
 */
public final class FloorWindow {
    private FloorWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new TableView<String>(), 1280, 800);
            stage.setScene(scene);
            stage.setTitle("Floor");
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
                @Override
                public void handle(WindowEvent e) {
                    stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                    Runnable[] once = new Runnable[1];
                    once[0] = () -> {
                        long now = System.currentTimeMillis();
                        scene.removePostLayoutPulseListener(once[0]);
                        System.out.println("startup window=" + (now - ManagementFactory.getRuntimeMXBean().getStartTime()));
                    };
                    scene.addPostLayoutPulseListener(once[0]);
                }
            });
            stage.show();
        });
    }
}
