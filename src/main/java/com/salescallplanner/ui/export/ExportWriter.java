package com.salescallplanner.ui.export;

import com.salescallplanner.ui.port.ExportPort;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes an export file on the background executor and reports how it went on the JavaFX thread. */
final class ExportWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ExportWriter.class);

    private final ExportPort exports;
    private final Executor background;
    private final Executor fx;

    ExportWriter(ExportPort exports, Executor background, Executor fx) {
        this.exports = exports;
        this.background = background;
        this.fx = fx;
    }

    /**
     * Writes the bytes whole or not at all; {@code message} hears "Saving...", then "Saved ..."
     * followed by {@code note} (what the rep should know about the file, or ""), or why not.
     */
    void write(Path path, byte[] bytes, String note, Consumer<String> message) {
        message.accept("Saving " + path.getFileName() + "...");
        background.execute(() -> {
            try {
                exports.write(path, bytes);
                fx.execute(() -> message.accept("Saved " + path.getFileName() + "." + (note.isEmpty() ? "" : " " + note)));
            } catch (ExportPort.Refused e) {
                LOG.info("Export to {} refused: {}", path, e.getMessage());
                fx.execute(() -> message.accept("Not saved: " + path + ": " + e.getMessage()));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Export to {} failed", path, e);
                fx.execute(() -> message.accept("Could not save " + path + ": " + e.getMessage()));
            }
        });
    }
}
