package com.salescallplanner.store.export;

import com.salescallplanner.store.StoreFiles;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Writes an export file whole or not at all: into a temporary file beside the target, then
 * renamed over it, so a calendar or spreadsheet never opens a half-written file. It never writes
 * over the data folder's own files ({@link StoreFiles}): an export named {@code planner.json}
 * would otherwise replace the rep's data with a spreadsheet, and no backup holds the latest save.
 */
public final class ExportFiles {
    private final Path dataFolder;

    private ExportFiles(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /** Exports for a planner whose data lives in {@code dataFolder}. */
    public static ExportFiles keepingOutOf(Path dataFolder) {
        return new ExportFiles(dataFolder);
    }

    /** Exports for a planner kept in memory only (a trial window, tests): no file to keep. */
    public static ExportFiles withoutDataFolder() {
        return new ExportFiles(null);
    }

    /** Why the target may not be written, in a sentence naming it; empty when it may. */
    public Optional<String> refusal(Path target) {
        return dataFolder == null || StoreFiles.claim(dataFolder, target).isEmpty() ? Optional.empty()
                : Optional.of(StoreFiles.refusal(dataFolder, target));
    }

    /** Writes the file; a {@link Refused} when it is one of the planner's own files. */
    public void write(Path target, byte[] bytes) throws IOException {
        Optional<String> refused = refusal(target);
        if (refused.isPresent()) {
            throw new Refused(refused.get());
        }
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("The folder " + dir + " does not exist.");
        }
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The target is one of the planner's own files; the message says which and what to do. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}
