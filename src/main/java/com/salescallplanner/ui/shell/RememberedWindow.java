package com.salescallplanner.ui.shell;

import com.salescallplanner.ui.Themes;
import com.salescallplanner.ui.port.SettingsStore;
import com.salescallplanner.ui.port.WindowSettings;

import java.util.concurrent.Executor;

import javafx.stage.Stage;

/**
 * The window's theme, size and position as the rep left them: applied at start, kept as the
 * theme changes, and taken from the stage when the window closes. Written on the window's I/O
 * thread, never on the JavaFX thread.
 */
final class RememberedWindow {
    private final Stage stage;
    private final SettingsStore store;
    private final Executor io;
    private WindowSettings settings;

    RememberedWindow(Stage stage, SettingsStore store, Executor io, WindowSettings initial) {
        this.stage = stage;
        this.store = store;
        this.io = io;
        this.settings = initial;
    }

    /**
     * Gives the stage the remembered size and position (at least the smallest useful size). The
     * theme is set before, with {@link Themes#use}, ahead of the window's first control.
     */
    void applyToStage() {
        stage.setMinWidth(WindowSettings.MIN_WIDTH);
        stage.setMinHeight(WindowSettings.MIN_HEIGHT);
        stage.setWidth(settings.width());
        stage.setHeight(settings.height());
        if (settings.hasPosition()) {
            stage.setX(settings.x());
            stage.setY(settings.y());
        }
        stage.setMaximized(settings.maximized());
    }

    boolean dark() {
        return settings.dark();
    }

    /** The rep switched the theme: used at once, written in the background. */
    void themeChanged(boolean dark) {
        Themes.use(dark);
        settings = settings.withDark(dark);
        WindowSettings s = settings;
        io.execute(() -> store.save(s));
    }

    /** The settings to keep as the window closes: its bounds now (the last unmaximized ones when maximized). */
    WindowSettings atClose() {
        return stage.isMaximized()
                ? settings.withBounds(settings.x(), settings.y(), settings.width(), settings.height(), true)
                : settings.withBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    }
}
