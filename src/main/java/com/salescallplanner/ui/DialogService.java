package com.salescallplanner.ui;

import com.salescallplanner.ui.port.RecoveryAction;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that asks the rep something in a separate window. View models talk to this
 * interface only, so they never open a dialog themselves and tests answer with a script.
 */
public interface DialogService {

    /** Asks a yes/no question; true when the rep chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * Like {@link #confirm}, for a step that is hard to take back (closing a deal): Cancel is the
     * default button, so Enter does not go ahead.
     */
    boolean confirmWithCancelAsDefault(String title, String message, String confirmLabel);

    void showError(String title, String message);

    /** Offers the ways out of a problem; the rep must pick one. */
    RecoveryAction chooseRecovery(String title, String message, List<RecoveryAction> actions);

    /**
     * A small form; returns the values by field key, or empty when cancelled. Required fields
     * must be filled before OK is enabled.
     */
    Optional<Map<String, String>> form(String title, List<FormField> fields);

    Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions);

    Optional<Path> chooseFileToSave(String title, String suggestedName, String description, List<String> extensions);
}
