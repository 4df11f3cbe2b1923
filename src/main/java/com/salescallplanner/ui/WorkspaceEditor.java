package com.salescallplanner.ui;

import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.model.Workspace;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Applies an edit to the workspace and shows a rule the edit broke as an error dialog: the
 * data stays as it was and the rep reads what to fix.
 */
public final class WorkspaceEditor {
    /** Why nothing can be edited while the data is read-only; the banner above the page says why it is. */
    public static final String READ_ONLY = "The data is open read-only: nothing can be changed in this window.";

    private final Workspace workspace;
    private final DialogService dialogs;

    public WorkspaceEditor(Workspace workspace, DialogService dialogs) {
        this.workspace = workspace;
        this.dialogs = dialogs;
    }

    /** True when the edit was applied (or changed nothing); false when it was refused. */
    public boolean apply(String description, UnaryOperator<PlannerData> edit) {
        return applyOrExplain(description, edit).isEmpty();
    }

    /** Applies the edit; when it breaks a rule, shows why and returns that message. */
    public Optional<String> applyOrExplain(String description, UnaryOperator<PlannerData> edit) {
        try {
            workspace.apply(description, edit);
            return Optional.empty();
        } catch (DomainException e) {
            dialogs.showError("Cannot " + lowerFirst(description), e.getMessage());
            return Optional.of(e.getMessage());
        }
    }

    /**
     * True, after telling the rep why, when the data is read-only: call before asking for input
     * that could not be saved, so nobody fills in a form for nothing.
     */
    public boolean refusedAsReadOnly(String description) {
        if (!workspace.readOnlyProperty().get()) {
            return false;
        }
        dialogs.showError("Cannot " + lowerFirst(description), READ_ONLY + " The banner at the top of the window says why.");
        return true;
    }

    public Workspace workspace() {
        return workspace;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
