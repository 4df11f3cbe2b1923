package com.salescallplanner.ui.board;

import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The window's confirmation: a modal alert with the action's own label and Cancel (the default). */
public final class AlertConfirmation implements Confirmation {
    private final Supplier<Window> owner;

    /** @param owner the window to centre on, or a supplier of null for none */
    public AlertConfirmation(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** Centres on whichever window has the focus when asking. */
    public AlertConfirmation() {
        this(() -> Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType go = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, go, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
        // Cancel is the safe answer to Enter: closing a deal by accident is worse than a second click.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(go)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(go::equals).isPresent();
    }
}
