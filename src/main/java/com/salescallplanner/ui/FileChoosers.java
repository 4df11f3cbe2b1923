package com.salescallplanner.ui;

import com.salescallplanner.ui.export.FileDialogs;
import com.salescallplanner.ui.export.FxFileDialogs;
import com.salescallplanner.ui.importer.FxCsvFilePicker;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.Window;

/**
 * Where the window asks the rep for files: the system's file choosers in the app, answers from
 * a script in tests (TestFX cannot drive a native file dialog).
 */
public interface FileChoosers {
    /** Asks where to save an export, over the given window. */
    FileDialogs saving(Supplier<Window> owner);

    /** Asks for the CRM's CSV file to import, over the given window; empty when cancelled. */
    Supplier<Optional<Path>> csvToImport(Supplier<Window> owner);

    /** The system's file choosers. */
    static FileChoosers system() {
        return new FileChoosers() {
            @Override
            public FileDialogs saving(Supplier<Window> owner) {
                return new FxFileDialogs(owner);
            }

            @Override
            public Supplier<Optional<Path>> csvToImport(Supplier<Window> owner) {
                return new FxCsvFilePicker(owner);
            }
        };
    }
}
