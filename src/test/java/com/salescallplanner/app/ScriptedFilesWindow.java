package com.salescallplanner.app;

import com.salescallplanner.ui.DesktopApp;
import com.salescallplanner.ui.FileChoosers;
import com.salescallplanner.ui.export.FileDialogs;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.Window;

/**
 * The app's window as {@code app} wires it, except that the file choosers answer from the
 * command line: a native file dialog cannot be driven on a virtual display, so this is how the
 * import wizard's screenshots are taken. Test scope only:
 * {@code ScriptedFilesWindow DATA_FOLDER CSV_TO_IMPORT [EXPORT_FOLDER]}.
 */
public final class ScriptedFilesWindow {
    private ScriptedFilesWindow() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        Path csv = Path.of(args[1]);
        Path exports = args.length > 2 ? Path.of(args[2]) : folder;
        LoggingSetup.configure(folder);
        DesktopApp.start(DesktopWiring.services(folder, null, new PropertiesSettingsStore(folder)).withFiles(new FileChoosers() {
            @Override
            public FileDialogs saving(Supplier<Window> owner) {
                return (title, suggestedName, description, extension) -> Optional.of(exports.resolve(suggestedName));
            }

            @Override
            public Supplier<Optional<Path>> csvToImport(Supplier<Window> owner) {
                return () -> Optional.of(csv);
            }
        }));
    }
}
