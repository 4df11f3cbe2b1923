package com.salescallplanner.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileDialogs} through JavaFX's native save dialog, opened over the given window. */
public final class FxFileDialogs implements FileDialogs {
    private final Supplier<Window> owner;
    private File lastFolder;

    public FxFileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description + " (*." + extension + ")",
                "*." + extension));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File f = chooser.showSaveDialog(owner.get());
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.getParentFile();
        String name = f.getName();
        Path p = name.contains(".") ? f.toPath() : f.toPath().resolveSibling(name + "." + extension);
        return Optional.of(p);
    }
}
