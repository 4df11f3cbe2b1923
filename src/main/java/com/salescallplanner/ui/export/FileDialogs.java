package com.salescallplanner.ui.export;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the user where to save a file. The window implements it with a FileChooser
 * ({@link FxFileDialogs}); tests answer with a path, so the ViewModel is tested without a screen.
 */
public interface FileDialogs {
    /**
     * @param suggestedName the file name offered, e.g. "acme-2026-03-24.ics"
     * @param description   what the files are, e.g. "iCalendar event"
     * @param extension     without the dot, e.g. "ics"
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String extension);
}
