package com.salescallplanner.ui;

import com.salescallplanner.ui.port.RecoveryAction;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that asks the rep something in a separate window: questions, errors, small forms and
 * the file choosers. View models (and the few views that ask for a file) talk to this interface
 * only, so they never open a dialog themselves and tests answer with a script.
 */
public interface DialogService {

    /** Asks a yes/no question; true when the rep chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * Like {@link #confirm}, for a step that is hard to take back (closing a deal): Cancel is the
     * default button, so Enter does not go ahead.
     */
    boolean confirmWithCancelAsDefault(String title, String message, String confirmLabel);

    /**
     * Offers a few ways on, each a button, plus Cancel; returns the index of the one chosen, or
     * -1 for Cancel (and Escape, or closing the dialog). The first choice is the default button,
     * so Enter takes it.
     */
    default int choose(String title, String message, List<String> choices) {
        return confirm(title, message, choices.get(0)) ? 0 : -1;
    }

    void showError(String title, String message);

    /** Offers the ways out of a problem; the rep must pick one. */
    RecoveryAction chooseRecovery(String title, String message, List<RecoveryAction> actions);

    /**
     * A small form; returns the values by field key, or empty when cancelled. Required fields
     * must be filled before OK is enabled.
     */
    Optional<Map<String, String>> form(String title, List<FormField> fields);

    /**
     * Asks for a file to read; empty when the rep cancelled.
     *
     * @param description what the files are, e.g. "CSV files"
     * @param extensions  without the dot, e.g. "csv", "txt"
     */
    Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions);

    /**
     * Asks where to save a file; empty when the rep cancelled. A name typed without an extension
     * gets {@code extension}.
     *
     * @param suggestedName the file name offered, e.g. "acme-2026-03-24.ics"
     * @param description   what the file is, e.g. "iCalendar event"
     * @param extension     without the dot, e.g. "ics"
     */
    Optional<Path> chooseFileToSave(String title, String suggestedName, String description, String extension);

    /**
     * Asks for a secret in a masked field (a team database's password); empty when the rep
     * cancels. Called on the JavaFX thread like the others.
     *
     * @param prompt what is asked, e.g. "Password for ana@db.example.com"
     * @param hint   a line under the field, e.g. how not to be asked again
     */
    Optional<char[]> askSecret(String title, String prompt, String hint);
}
