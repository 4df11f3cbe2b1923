package com.salescallplanner.ui.importer;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks for a CSV file with JavaFX's native open dialog. */
public final class FxCsvFilePicker implements Supplier<Optional<Path>> {
    private final Supplier<Window> owner;

    public FxCsvFilePicker(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> get() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import prospects from a CSV file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files (*.csv, *.txt)", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }
}
