package com.salescallplanner.app;

import com.salescallplanner.store.OwnerOnly;
import com.salescallplanner.ui.port.SettingsStore;
import com.salescallplanner.ui.port.WindowSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's settings in {@code window.properties} in the data folder. A missing or broken
 * file gives the defaults; a failed write is logged: settings are never worth an error dialog.
 * The file is read on a thread of its own from the moment the store is made (before JavaFX
 * starts), so the window gets its theme and size without reading a file on the JavaFX thread.
 * No logger is made unless something fails: the first logger waits for Logback's set-up, and the
 * store is made on the launcher's thread, which must not wait.
 */
final class PropertiesSettingsStore implements SettingsStore {
    static final String FILE = "window.properties";

    private final Path file;
    private final CompletableFuture<WindowSettings> initial = new CompletableFuture<>();

    PropertiesSettingsStore(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
        Thread reader = new Thread(() -> initial.complete(read()), "settings-read");
        reader.setDaemon(true);
        reader.start();
    }

    /** The reading started when the store was made. */
    CompletableFuture<WindowSettings> reading() {
        return initial;
    }

    private static Logger log() {
        return LoggerFactory.getLogger(PropertiesSettingsStore.class);
    }

    /** The settings as the file had them when the store was made. */
    @Override
    public WindowSettings load() {
        return initial.join();
    }

    private WindowSettings read() {
        if (!Files.isRegularFile(file)) {
            return WindowSettings.DEFAULTS;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return new WindowSettings(Boolean.parseBoolean(p.getProperty("dark", "false")), number(p, "x"),
                    number(p, "y"), number(p, "width"), number(p, "height"),
                    Boolean.parseBoolean(p.getProperty("maximized", "false")));
        } catch (IOException | RuntimeException e) {
            log().warn("Window settings in {} could not be read; using the defaults", file, e);
            return WindowSettings.DEFAULTS;
        }
    }

    private static double number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Writes the file (temporary file, then rename); call it off the JavaFX thread. */
    @Override
    public void save(WindowSettings s) {
        Properties p = new Properties();
        p.setProperty("dark", Boolean.toString(s.dark()));
        p.setProperty("x", Double.toString(s.x()));
        p.setProperty("y", Double.toString(s.y()));
        p.setProperty("width", Double.toString(s.width()));
        p.setProperty("height", Double.toString(s.height()));
        p.setProperty("maximized", Boolean.toString(s.maximized()));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, OwnerOnly.fileAttributes()); // only the rep can read it, like planner.json
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Sales Call Planner window settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log().warn("Window settings could not be written to {}", file, e);
        }
    }
}
