package com.salescallplanner.ui.export;

import com.salescallplanner.store.export.ExportFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes an export file on the background executor and reports how it went on the JavaFX thread. */
final class ExportWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ExportWriter.class);

    private final Executor background;
    private final Executor fx;

    ExportWriter(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    /** Writes the bytes whole or not at all; {@code message} hears "Saving...", then "Saved ..." or why not. */
    void write(Path path, byte[] bytes, Consumer<String> message) {
        message.accept("Saving " + path.getFileName() + "...");
        background.execute(() -> {
            try {
                ExportFiles.write(path, bytes);
                fx.execute(() -> message.accept("Saved " + path.getFileName() + "."));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Export to {} failed", path, e);
                fx.execute(() -> message.accept("Could not save " + path + ": " + e.getMessage()));
            }
        });
    }
}
