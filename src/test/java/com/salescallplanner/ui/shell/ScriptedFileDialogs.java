package com.salescallplanner.ui.shell;

import com.salescallplanner.ui.DialogService;
import com.salescallplanner.ui.FormField;
import com.salescallplanner.ui.port.RecoveryAction;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.stage.Window;

/**
 * The window's real dialogs, except the file choosers, which answer from a script: TestFX cannot
 * drive a native file dialog. Opening gives {@code toOpen}; saving gives {@code saveFolder} with
 * the suggested name.
 */
public final class ScriptedFileDialogs implements DialogService {
    private final DialogService real;
    private final Path toOpen;
    private final Path saveFolder;

    private ScriptedFileDialogs(DialogService real, Path toOpen, Path saveFolder) {
        this.real = real;
        this.toOpen = toOpen;
        this.saveFolder = saveFolder;
    }

    /** For {@code DesktopServices.withDialogs}: the real dialogs over each window, files from the script. */
    public static Function<Supplier<Window>, DialogService> over(Path toOpen, Path saveFolder) {
        return owner -> new ScriptedFileDialogs(new FxDialogService(owner), toOpen, saveFolder);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return real.confirm(title, message, confirmLabel);
    }

    @Override
    public boolean confirmWithCancelAsDefault(String title, String message, String confirmLabel) {
        return real.confirmWithCancelAsDefault(title, message, confirmLabel);
    }

    @Override
    public void showError(String title, String message) {
        real.showError(title, message);
    }

    @Override
    public java.util.Optional<char[]> askSecret(String title, String prompt, String hint) {
        return real.askSecret(title, prompt, hint);
    }

    @Override
    public RecoveryAction chooseRecovery(String title, String message, List<RecoveryAction> actions) {
        return real.chooseRecovery(title, message, actions);
    }

    @Override
    public Optional<Map<String, String>> form(String title, List<FormField> fields) {
        return real.form(title, fields);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions) {
        return Optional.of(toOpen);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String description, String extension) {
        return Optional.of(saveFolder.resolve(suggestedName));
    }
}
